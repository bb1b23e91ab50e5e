import pytest

from presentation.labels import subject_label


@pytest.mark.parametrize("subject, lang, expected", [
    ("drones_total", "en", "Number of drones in the attack"),
    ("fatah_seats:2021", "en", "Seats won by the Fatah alliance (2021)"),
    ("fatah_seats:2018", "ar", "مقاعد تحالف الفتح (2018)"),
    ("qaani_arrival", "en", "When Esmail Qaani arrived"),
    ("qaani_arrival", "ar", "موعد وصول إسماعيل قاآني"),
    ("unknown_thing", "en", "unknown thing"),
    ("newbloc_seats:2022", "en", "Seats won by newbloc (2022)"),
])
def test_subject_label(subject, lang, expected):
    assert subject_label(subject, lang) == expected
