"""English end to end, as data only (docs/adding-a-language.md): English wire sentences go through
the same public API as Arabic articles (``make_article`` -> ``analyze_article`` / ``analyze_corpus``)
with nothing but the JSON files in data/lexicons/en/."""
from __future__ import annotations


from analysis.io.corpus import make_article
from analysis.lexicon import LEXICON_DIR, available_languages
from analysis.pipeline import analyze_article, analyze_corpus
from analysis.records import SourceClass

A, N, V = SourceClass.ANONYMOUS, SourceClass.NAMED, SourceClass.VAGUE

WIRE = [
    "Advertisement",  # page furniture: boilerplate.json drops it
    "A senior official told Reuters on condition of anonymity that the talks had stalled.",
    "Two diplomats said that the deal was close, because the negotiations were confidential.",
    "Foreign Minister Ayman Safadi said on Monday that 12 people were killed in the attack.",
    "Analysts say the ceasefire is unlikely to hold.",
    "According to the army, the strike took place on 5 March 2024.",
]


def article(text: str, id: str = "en-1", outlet: str = "Wire"):
    return make_article(id=id, outlet=outlet, title="Talks", published="2024-03-06", raw_text=text, language="en")


def test_every_lexicon_arabic_has_english_has_too():
    """A language folder is complete when it has the same files as ar/ (else make_article refuses it)."""
    assert "en" in available_languages()
    assert {p.name for p in (LEXICON_DIR / "en").glob("*.json")} >= {p.name for p in (LEXICON_DIR / "ar").glob("*.json")}


def test_english_wire_sentences_end_to_end():
    result = analyze_article(article("\n\n".join(WIRE)))
    assert not result.article.text.startswith("Advertisement")
    got = [(a.cue, a.source, a.source_class, a.via, a.condition_given, a.reason_given) for a in result.attributions]
    assert got == [
        ("told", "A senior official", A, "Reuters", True, False),  # told Reuters: relayed, not the source
        ("said", "Two diplomats", A, "", False, True),             # a reason, not only a condition
        ("said", "Foreign Minister Ayman Safadi", N, "", False, False),
        ("say", "Analysts", V, "", False, False),
        ("According to", "the army", N, "", False, False),
    ]
    for a in result.attributions:  # offsets point into the cleaned text, as in Arabic
        assert result.article.text[a.cue_start:a.cue_end] == a.cue
        assert result.article.text[a.source_start:a.source_end] == a.source
    s = result.sourcing
    assert (s.named, s.anonymous, s.vague) == (2, 2, 1)

    facts = {(f.kind, f.normalised, f.measure) for f in result.facts}
    assert ("number", "12", "killed") in facts        # scope.json: "killed" measures the count
    assert ("date", "2024-03-05", "") in facts        # months.json
    assert ("time", "weekday:0", "") in facts         # weekdays.json: Monday


def test_english_outlets_are_compared():
    """The corpus step is language-blind: two outlets' tolls of one story are aligned."""
    a = article("Officials said 12 people were killed in the attack on Monday.", "en-1", "Wire A")
    b = article("Officials said 15 people were killed in the attack on Monday.", "en-2", "Wire B")
    result = analyze_corpus([a, b])
    assert len(result.stories) == 1
    killed = [c for c in result.comparisons if {i.normalised for i in c.items} == {"12", "15"}]
    assert killed, result.comparisons


def test_parenthetical_between_subject_and_verb():
    result = analyze_article(article(
        "A senior official, speaking on condition of anonymity, told Reuters that the talks had stalled."))
    assert [(a.source, a.source_class, a.via) for a in result.attributions] == [("A senior official", A, "Reuters")]
