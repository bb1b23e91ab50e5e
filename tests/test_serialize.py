"""analysis.io.serialize: records to the documented JSON shape (README, JSON schema)."""
from __future__ import annotations

import json
from enum import Enum

from analysis.io.corpus import make_article
from analysis.pipeline import analyze_corpus
from analysis.io.serialize import SCHEMA_VERSION, corpus_to_dict, to_plain


class Colour(Enum):
    RED = "red"


def test_to_plain_turns_records_into_json_values():
    assert to_plain({1: (Colour.RED, [2, 3])}) == {"1": ["red", [2, 3]]}


def test_the_corpus_dict_has_the_documented_shape_and_is_json():
    result = analyze_corpus([make_article(id="s1", outlet="A", published="2015-07-10",
                                          raw_text="قالت مصادر إن 3 أشخاص قتلوا.")])
    d = corpus_to_dict(result)
    assert {"articles", "outlets", "comparisons", "stories"} <= set(d)
    (art,) = d["articles"]
    assert art["id"] == "s1" and "raw_text" not in art
    assert all(len(s) == 2 for s in art["sentences"]) and art["facts"] and art["attributions"]
    json.dumps(d, ensure_ascii=False)  # every value is plain JSON
    assert "raw_text" in corpus_to_dict(result, include_raw=True)["articles"][0]
    assert isinstance(SCHEMA_VERSION, int)
