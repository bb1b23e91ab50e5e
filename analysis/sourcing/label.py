"""The label a source is shown under: a noun phrase of bounded length, or "" (shown as "(unclear)").

The detector's source span is a noun phrase when all goes well; when it does not, it is a clause
("القطيع لا يجمعونه"), a fragment that starts or ends with a grammar word ("فيها", "برلين من"), a
verb ("يقول الإنسان ما") or an unbalanced quotation.  A wrong label in front of a room is worse than
saying we could not tell, so such labels are withheld.  Every word list is data: the grammar words
of ``data/lexicons/<lang>/attribution.json`` and its ``source_labels`` section (issue #10).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from analysis.lexicon import load_lexicon
from analysis.sourcing.cues import strip_proclitic
from analysis.text.grammar import grammar
from analysis.text.textnorm import normalise_text

# quote marks that open and close a quotation (normalisation unifies them to '"' for matching;
# labels are the original text, so each pair is checked on its own)
_PAIRS = (("«", "»"), ("“", "”"))
_STRAIGHT = ('"',)
_OPENS = frozenset(o for o, _ in _PAIRS)
_CLOSES = frozenset(c for _, c in _PAIRS)
_MARKS = _OPENS | _CLOSES | frozenset(_STRAIGHT)


@dataclass(frozen=True)
class _LabelGrammar:
    max_words: int
    drop_first: frozenset[str]  # "له الإمام أحمد": a preposition + pronoun carried over from the verb
    not_first: frozenset[str]
    not_last: frozenset[str]
    not_inside: frozenset[str]
    verbs: frozenset[str]  # reporting verbs and participles, without clitic
    proclitics: tuple[str, ...]
    double_lam: str  # "لل": ل + the article whose alif it swallowed ("للتأويلات")
    article: str


def _n(words: list[str] | None) -> frozenset[str]:
    return frozenset(" ".join(normalise_text(w).split()) for w in (words or ()))


def _plain_verb_forms(lex: dict) -> frozenset[str]:
    """The reporting verbs' and participles' forms that carry no object suffix: the keys of
    ``cue_lexicon(language).verbs`` whose cue is not ``suffixed``, in the same order of precedence
    (a listed form beats a suffixed view of another verb, a sentence-initial form does not replace
    a key already there, clause forms and participles do).  Read from the lexicon directly, because
    building ``cue_lexicon`` (~50 ms: every cue, every suffixed view, every proclitic trigger) was a
    fifth of the Outlet profile's first visit on an archive, where the dashboard never runs the
    detector (BENCHMARKS.md, h76).  tests/test_source_label.py checks both agree."""
    plain: dict[str, bool] = {}  # form -> suffixed
    object_suffixes = [_n1(x) for x in lex.get("object_suffixes", [])]
    maqsura = tuple(lex.get("maqsura_before_suffix", ()))
    imperfect = tuple(_n1(x) for x in lex.get("imperfect_prefixes", [])) or ("\0",)
    suffixed: set[str] = set()
    for v in lex.get("verbs", []):
        for form in v["forms"]:
            plain[_n1(form)] = False
            if not v.get("no_object_suffix"):
                stems = [_n1(form)] + ([form[:-len(maqsura[0])] + maqsura[1]] if maqsura and form.endswith(maqsura[0])
                                       and not _n1(form).startswith(imperfect) else [])
                suffixed.update(_n1(stem) + suf for stem in stems for suf in object_suffixes)
    for form in suffixed:
        plain.setdefault(form, True)
    for v in lex.get("verbs", []):
        for form in v.get("sentence_initial_forms", {}):
            plain.setdefault(_n1(form), False)
        for form in v.get("clause_forms", {}):
            plain[_n1(form)] = False
    for form in lex.get("participles", {}).get("forms", {}):
        plain[_n1(form)] = False
    return frozenset(k for k, s in plain.items() if not s)


def _n1(word: str) -> str:
    return " ".join(normalise_text(word).split())


@lru_cache(maxsize=4)
def _label_grammar(language: str) -> _LabelGrammar:
    # the same sets cue_lexicon(language) holds (complementizers, negators, ...), each normalised as it
    # normalises them, without building the detector's whole lexicon (see _plain_verb_forms)
    lex = load_lexicon(language, "attribution")
    own = lex.get("source_labels", {})
    clause = _n(lex.get("complementizers")) | _n(lex.get("relative_pronouns")) | _n(lex.get("negators"))
    pronoun_objects = _n(lex.get("pronoun_objects"))
    np_first_stop, what_words = _n(lex.get("np_first_stop")), _n(lex.get("what_words"))
    addressee = _n1(lex.get("verb_addressee_prefix", ""))
    g = grammar(language)
    return _LabelGrammar(
        max_words=int(own.get("max_words", 10)),
        drop_first=pronoun_objects,
        not_first=clause | np_first_stop | what_words | _n(lex.get("pronoun_subjects")) | _n(lex.get("clause_boundaries"))
        | pronoun_objects | _n(own.get("not_first")),
        not_last=clause | np_first_stop | what_words | pronoun_objects | _n(own.get("not_last")),
        not_inside=clause | _n(own.get("not_inside")),
        verbs=_plain_verb_forms(lex),
        proclitics=tuple(_n1(x) for x in lex.get("proclitics", [])),
        double_lam=addressee * 2 if addressee else "",
        article=g.article,
    )


def _balanced(label: str) -> bool:
    if any(label.count(o) != label.count(c) for o, c in _PAIRS):
        return False
    return all(label.count(q) % 2 == 0 for q in _STRAIGHT)


def _outside_quotes(words: list[str]) -> list[bool]:
    """For each word, whether it stands outside every quotation (and holds no quote mark itself)."""
    out, depth, straight = [], 0, False
    for w in words:
        if _MARKS.isdisjoint(w):  # most words: no quote mark, nothing to track
            out.append(depth == 0 and not straight)
            continue
        out.append(False)
        for ch in w:
            if ch in _OPENS:
                depth += 1
            elif ch in _CLOSES:
                depth = max(0, depth - 1)
            elif ch in _STRAIGHT:
                straight = not straight
    return out


def source_label(label: str, language: str = "ar") -> str:
    """``label`` as shown on screen, or "" when it is no noun phrase (empty, too long, a clause, a
    fragment opening or closing on a grammar word, a verb, an unbalanced quotation)."""
    lg = _label_grammar(language)
    words = label.split()
    norm = [normalise_text(w).strip() for w in words]
    while words and norm[0] in lg.drop_first:
        words, norm = words[1:], norm[1:]  # "له الإمام أحمد بن حنبل": the verb's object came along
    if not 0 < len(words) <= lg.max_words:
        return ""
    outside = _outside_quotes(words)  # a quoted name may hold any word: 'تلفزيون «سي إن إن»'
    if (outside[0] and norm[0] in lg.not_first) or (outside[-1] and norm[-1] in lg.not_last) \
            or any(o and w in lg.not_inside for o, w in zip(outside[1:-1], norm[1:-1])):
        return ""
    if strip_proclitic(norm[0], lg.verbs, lg.proclitics)[0]:
        return ""  # "يقول الإنسان ما": a verb, not a noun phrase
    text = " ".join(words)
    if not _balanced(text):
        return ""  # a quotation cut in two
    if lg.double_lam and lg.article and norm[0].startswith(lg.double_lam) and len(words[0]) > 4:
        # "وطبقاً للتأويلات": the preposition came with the source; the source is "التأويلات"
        return lg.article + text[len(lg.double_lam):]
    return text
