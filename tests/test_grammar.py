"""The closed-class words of a language are data (data/lexicons/<lang>/grammar.json)."""
from analysis.facts.rules import lookup_word, scope_rules, stem_word
from analysis.text.grammar import Grammar, grammar


def test_arabic_grammar_strips_one_proclitic_from_words_of_four_letters_or_more():
    g = grammar("ar")
    assert g.strip_conj("وأكدت") == ["وأكدت", "أكدت"]
    assert g.strip_conj("ولد") == ["ولد"]  # three letters: و is part of the word
    assert g.without_article("الجرحى") == "الجرحى"[2:] and g.without_article("جرحى") == "جرحى"
    assert g.partitive == "من" and "منهم" in g.part_pronouns
    assert g.is_conjunction("و") and g.starts_with_conjunction("وإحباط")


def test_lookup_word_tries_the_word_without_its_clitic_and_its_article():
    g = grammar("ar")
    table = {"قتلى": "killed"}
    assert lookup_word("والقتلى", table, g) == "killed"
    assert lookup_word("القتلى", table, g) == "killed"
    assert lookup_word("القتلى", table, Grammar()) is None  # no article in an empty grammar


def test_stem_word_drops_the_endings_grammar_json_lists():
    sc = scope_rules("ar")
    assert stem_word("سعوديين", sc) == "سعودي" and stem_word("شخصا", sc) == "شخص"
    assert stem_word("soldiers", scope_rules("en")) == "soldier"


def test_a_language_without_grammar_json_gets_an_empty_grammar():
    g = grammar("xx-none")
    assert g == Grammar() and g.strip_conj("وأكدت") == ["وأكدت"]
    assert not g.is_conjunction("") and not g.starts_with_conjunction("anything")


def _code_strings(path):
    """String constants of a module that are not docstrings (comments are not in the AST)."""
    import ast
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docs.add(id(first.value))
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]


def test_the_analysis_stages_hold_no_arabic_words_in_code():
    # "adding a language is data": every Arabic word the text, sourcing and fact stages read is in
    # data/lexicons/ar/. Script is not vocabulary and may stay: punctuation ("،", "؟"), a range of
    # the script's letters in a tokeniser's character class, and textnorm's folding of letter
    # variants (أ/إ/آ → ا), which applies to any text in that script.
    import re
    from pathlib import Path
    root = Path(__file__).resolve().parents[1] / "analysis"
    letters = re.compile(r"[\u0621-\u064A]")
    script_range = re.compile(r"[\u0600-\u06FF-]*[\u0600-\u06FF]-[\u0600-\u06FF][\u0600-\u06FF-]*")
    found = {f"{p.relative_to(root)}: {s!r}" for d in ("text", "sourcing", "facts") for p in sorted((root / d).glob("*.py"))
             if p.name != "textnorm.py" for s in _code_strings(p) if letters.search(s) and not script_range.fullmatch(s)}
    assert not found, sorted(found)


def test_a_clitic_split_off_by_a_stray_space_joins_the_next_word_of_the_script():
    from analysis.sourcing.attribution import detect_attributions
    from analysis.text.segment import split_sentences
    text = "و قال مسؤول في الوزارة إن الاجتماع انتهى."
    found, _ = detect_attributions(text, split_sentences(text))
    assert [a.cue for a in found] == ["و قال"] and grammar("ar").stray_clitic.search(text)
    assert grammar("en").stray_clitic is None  # English has no clitics: nothing to join
