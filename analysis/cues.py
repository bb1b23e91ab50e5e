"""Compile the attribution lexicon (``data/lexicons/<lang>/attribution.json``).

All vocabulary lives in the JSON file; this module only normalises it once and
turns it into lookup tables, so matching a token is a dict lookup rather than
a regex per cue.  Adding a language means adding a lexicon, not code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .lexicon import load_lexicon
from .textnorm import normalise_text

# One token = a run of word characters, or one punctuation mark.  Quotes are
# already unified to '"' by normalisation.
TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class VerbCue:
    lemma: str
    features: str  # ms | fs | p | d
    strict: bool
    complements: frozenset[str]
    source_marker: str  # "عن" for نقل: the source follows it
    marker_role: str  # via | self: what the subject before the marker is
    participle: bool = False
    needs_complement: bool = False  # no head-noun shortcut: نشر معلومات is publishing, not reporting
    needs_marker: bool = False  # نقل needs "عن <source>" or a complement: نقل محاكمة = moving


@dataclass(frozen=True)
class PrepCue:
    words: tuple[str, ...]  # the cue words after the first
    then: frozenset[str]  # optional separate/attached particle (ل, الى)
    relay: bool


@dataclass(frozen=True)
class Head:
    cls: str  # anonymous | anonymous_if_indefinite | vague | named_titles
    lemma: str
    number: str
    adjectival: bool = False  # مقرب/مطلع also modify another head


@dataclass(frozen=True)
class CueLexicon:
    proclitics: tuple[str, ...]
    triggers: frozenset[str]  # every surface form that can start a cue, clitics included
    subject_before: bool  # SVO languages (English): the subject precedes the verb
    verbs: dict[str, VerbCue]
    preps: dict[str, tuple[PrepCue, ...]]  # keyed by first word
    pronoun_preps: dict[str, str]
    complementizers: frozenset[str]
    complement_marks: frozenset[str]
    complement_window: int
    negators: frozenset[str]
    noun_preceders: frozenset[str]
    subjunctive: frozenset[str]  # أن + imperfect = "to do", not a report
    imperfect_prefixes: tuple[str, ...]
    impersonal: frozenset[tuple[str, str]]
    pronoun_subjects: frozenset[str]
    clause_boundaries: frozenset[str]
    np_stop: frozenset[str]
    np_first_stop: frozenset[str]
    np_max: int
    pre_np_max: int
    addressee_prefix: str
    definite_prefixes: tuple[str, ...]
    definite_words: frozenset[str]
    noun_prefixes: tuple[str, ...]
    noun_suffixes: tuple[str, ...]
    head_skip: frozenset[str]
    one_of: frozenset[str]
    number_words: frozenset[str]  # "3 مصادر", "several officials": more than one
    non_source: frozenset[str]
    coref_markers: frozenset[str]
    generic_lemmas: frozenset[str]
    heads: dict[str, Head]
    vague_named_override: tuple[str, ...]
    reasons: re.Pattern[str] | None
    outlet_markers: frozenset[str]
    agencies: tuple[str, ...]


def _n(s: str) -> str:
    return " ".join(normalise_text(s).split())


def _set(xs: Any) -> frozenset[str]:
    return frozenset(_n(x) for x in xs or ())


@lru_cache(maxsize=8)
def cue_lexicon(language: str = "ar") -> CueLexicon:
    lex = load_lexicon(language, "attribution")
    verbs: dict[str, VerbCue] = {}
    for v in lex.get("verbs", []):
        for form, feat in v["forms"].items():
            verbs[_n(form)] = VerbCue(
                lemma=_n(v["lemma"]), features=feat, strict=bool(v.get("strict")),
                complements=_set(v.get("complements")), source_marker=_n(v.get("source_marker", "")),
                marker_role=v.get("marker_role", ""), needs_complement=bool(v.get("needs_complement")),
                needs_marker=bool(v.get("needs_marker_or_complement")),
            )
    for form, feat in lex.get("participles", {}).get("forms", {}).items():
        verbs[_n(form)] = VerbCue(_n(form), feat, True, frozenset(), "", "", participle=True)
    preps: dict[str, list[PrepCue]] = {}
    for p in lex.get("prepositions", []):
        words = [_n(w) for w in p["cue"]]
        preps.setdefault(words[0], []).append(
            PrepCue(tuple(words[1:]), _set(p.get("then")), bool(p.get("relay"))))
    heads: dict[str, Head] = {}
    for cls, entries in lex.get("heads", {}).items():
        for e in entries:
            for form, number in e["forms"].items():
                heads.setdefault(_n(form), Head(cls, _n(e["lemma"]), number, bool(e.get("adjectival"))))
    proclitics = tuple(_n(x) for x in lex.get("proclitics", []))
    pronoun_preps = {_n(k): v for k, v in lex.get("pronoun_prepositions", {}).get("forms", {}).items()}
    bare = set(verbs) | set(preps) | set(pronoun_preps)
    # one set probe per token replaces three dictionary walks for the ~97% of
    # tokens that are not cues
    triggers = frozenset(bare | {p + b for p in proclitics for b in bare})
    reasons = lex.get("reasons", [])
    relay = lex.get("relay", {})
    return CueLexicon(
        proclitics=proclitics,
        triggers=triggers,
        subject_before=lex.get("subject_position", "after") == "before",
        verbs=verbs,
        # longer multi-word cues first so "نقلا عن" wins over a bare "نقلا"
        preps={k: tuple(sorted(v, key=lambda c: -len(c.words))) for k, v in preps.items()},
        pronoun_preps=pronoun_preps,
        complementizers=_set(lex.get("complementizers")),
        complement_marks=frozenset(lex.get("complement_marks", [])),
        complement_window=int(lex.get("complement_window", 16)),
        negators=_set(lex.get("negators")),
        noun_preceders=_set(lex.get("noun_preceders")),
        subjunctive=_set(lex.get("subjunctive_particles")),
        imperfect_prefixes=tuple(_n(x) for x in lex.get("imperfect_prefixes", [])),
        impersonal=frozenset((_n(a), _n(b)) for a, b in lex.get("impersonal", [])),
        pronoun_subjects=_set(lex.get("pronoun_subjects")),
        clause_boundaries=_set(lex.get("clause_boundaries")),
        np_stop=_set(lex.get("np_stop_words")),
        np_first_stop=_set(lex.get("np_first_stop")),
        np_max=int(lex.get("np_max_tokens", 12)),
        pre_np_max=int(lex.get("pre_np_max_tokens", 7)),
        addressee_prefix=_n(lex.get("verb_addressee_prefix", "")),
        definite_prefixes=tuple(_n(x) for x in lex.get("definite_prefixes", [])),
        definite_words=_set(lex.get("definite_words")),
        noun_prefixes=tuple(sorted((_n(x) for x in lex.get("noun_prefixes", [])), key=len, reverse=True)),
        noun_suffixes=tuple(sorted((_n(x) for x in lex.get("noun_suffixes", [])), key=len, reverse=True)),
        head_skip=_set(lex.get("head_skip")),
        one_of=_set(lex.get("one_of_words")),
        number_words=_set(lex.get("number_words")),
        non_source=_set(lex.get("non_source_nouns")),
        coref_markers=_set(lex.get("coref_markers")),
        generic_lemmas=_set(lex.get("generic_source_lemmas")),
        heads=heads,
        vague_named_override=tuple(_n(x) for x in lex.get("vague_named_override", [])),
        # one alternation for all reason phrases, compiled once
        reasons=re.compile("|".join(f"(?:{r})" for r in reasons)) if reasons else None,
        outlet_markers=_set(relay.get("outlet_markers")),
        agencies=tuple(_n(a) for a in relay.get("agencies", [])),
    )


def strip_proclitic(token: str, table: dict[str, Any], proclitics: tuple[str, ...]) -> tuple[str, int]:
    """Look ``token`` up as is, then without one proclitic (و/ف).

    Returns the matched key and how many characters of clitic were dropped,
    or ("", 0).  Trying the bare token first keeps وفق/وفقا from being read
    as و + فق.
    """
    if token in table:
        return token, 0
    for p in proclitics:
        if token.startswith(p) and token[len(p):] in table:
            return token[len(p):], len(p)
    return "", 0


def head_of(token: str, lex: CueLexicon) -> Head | None:
    """The source head a token spells, allowing ال/و/ب/ل prefixes and pronoun suffixes."""
    candidates = [token]
    for p in lex.noun_prefixes:
        if token.startswith(p) and len(token) - len(p) >= 2:
            candidates.append(token[len(p):])
    for c in list(candidates):
        for s in lex.noun_suffixes:
            if c.endswith(s) and len(c) - len(s) >= 3:
                candidates.append(c[: -len(s)])
    for c in candidates:
        h = lex.heads.get(c)
        if h is not None:
            return h
    return None
