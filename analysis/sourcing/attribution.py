"""Attribution detection: every place a claim is attributed to a source.

Rules, not a model: cues (reporting verbs, prepositional phrases such as
بحسب, circumstantial participles such as مؤكداً) come from
``data/lexicons/<lang>/attribution.json``.  Matching runs on the normalised
text (``analysis.text.textnorm``) token by token; every span is mapped back to the
original with ``Normalised.to_original``.

For each cue the source noun phrase is read after the cue (VSO order, the
common one in news Arabic) or, when nothing follows, before it (SVO: "الباحث
غيث التميمي يجد أن").  A cue with neither is a *continuation* ("وأضافت أن") and
inherits the source of the nearest earlier attribution that agrees in number.

Decisions (see data/gold/attributions/README.md):

* impersonal "يذكر أن" / "يقال إن" (it is mentioned that) name no source and are
  not attributions;
* a negated cue ("لم تعلن أي جهة") or a subjunctive one ("دون أن يعلم") is not a
  report;
* verbal nouns (تصريح, إعلان, قول) are not cues; accusations (اتهم) are events;
* a named speaker inside an attributed quote ("قال الجنرال قاآني للسيد الكاظمي
  إن ...") is an attribution of its own;
* evidence as subject ("المؤشرات تشير", "اللقطات تؤكد") is not a source, and a
  participle right after an indefinite source noun ("مصادر مؤكدة") is an adjective;
* a relative pronoun points at the noun before it ("أحد عمال الإنقاذ والذي ذكر"),
  an indefinite source noun right before the verb is its subject ("تقارير أخرى
  ذكرت"), and "وفقاً لما ... في تقارير" finds its source in the later phrase;
* a continuation with no speaker in its own clause, or one whose candidate lies two
  or more sentences back, takes a person-like noun phrase (title, «أحد …») named
  in between, when one agrees with it;
* "وفق ما كشفه X" is one attribution, on the preposition; "ووفقا له" is a
  continuation; "وكانت X قد أعلنت" has X as subject; "وثمة من يقول" is a vague source;
  circulating information ("المعلومات المتداولة") is vague; a verb describing
  "أي بيان" is no report; a statement "نشرته وكالة ..." is relayed by that agency.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from analysis.sourcing.cues import TOKEN, CueLexicon, Head, PrepCue, VerbCue, cue_lexicon, head_of, strip_proclitic
from analysis.records import Attribution, Sentence, Source, SourceClass
from analysis.text.segment import normalised_sentence_bounds, sentence_at
from analysis.text.textnorm import Normalised, normalise, normalise_char, normalise_text

# how many sentences back a pronoun continuation may look for its speaker
_CONTINUATION_REACH = 3


class _Tok(NamedTuple):
    # a NamedTuple, not a dataclass: thousands are built per article
    text: str
    start: int  # normalised offsets
    end: int
    sent: int
    word: bool


@dataclass(frozen=True)
class _Cue:
    i: int  # first token
    j: int  # one past the last cue token
    verb: VerbCue | None = None
    prep: PrepCue | None = None
    pronoun_features: str = ""  # حسبهم: continuation with these features
    who: bool = False  # "وثمة من يقول": the source is the word من before the verb
    noun: bool = False  # a verbal noun of saying with its own source ("مع تأكيد عضو مجلس")


@dataclass
class _Mention:
    cue: _Cue
    np: tuple[int, int] | None  # token span of the explicit source
    via: tuple[int, int] | None = None  # token span of the relaying outlet
    features: str = ""  # verb agreement, for continuations
    participle: bool = False
    source_id: int = -1
    cls: SourceClass = SourceClass.NAMED
    number: str = "unknown"
    reason: tuple[int, int] | None = None  # normalised char span
    condition: tuple[int, int] | None = None  # normalised char span
    implicit: tuple[int, int] | None = None  # continuation: token span of the speaker named without a cue


@dataclass
class _SourceState:
    id: int
    cls: SourceClass
    number: str
    lemmas: dict[str, set[str]] = field(default_factory=dict)
    last_word: str = ""
    mentions: list[int] = field(default_factory=list)
    key: str = ""  # the words of its first description: "مصادر مطلعة" again is the same sources
    names: frozenset[str] = frozenset()  # name words of a named source: "بخاري" after "محمد بخاري"


@dataclass(frozen=True)
class _NP:
    cls: SourceClass
    number: str
    head: Head | None
    definite: bool
    marker: bool  # ذاته / نفسه: explicitly points back
    lemmas: dict[str, set[str]]
    last_word: str
    words: tuple[str, ...] = ()  # bare words (clitics off)
    names: frozenset[str] = frozenset()  # words that look like names: no head, no ال, 3+ letters


# TOKEN (cues.py) with its word alternative captured: ``lastindex`` then tells a
# word from a punctuation mark (\w is exactly "isalnum() or _" on the first char)
_TOKEN_WORD = re.compile("(" + TOKEN.pattern.split("|[^")[0] + ")|[^" + TOKEN.pattern.split("|[^", 1)[1], re.UNICODE)


def _tokens(ntext: str, index: tuple[int, ...], sentences: tuple[Sentence, ...]) -> list[_Tok]:
    """Tokens with their sentence.

    One token per word or punctuation mark: thousands per article, so the loop
    is a comprehension doing only C-level calls (bisect for the sentence,
    ``tuple.__new__`` instead of the NamedTuple's Python ``__new__``).
    """
    table = normalised_sentence_bounds(index, sentences)
    if table is None:
        return _tokens_walk(ntext, index, sentences)
    bounds, ids = table
    new = tuple.__new__
    toks = [
        new(_Tok, (m.group(), s, m.end(), ids[bisect_right(bounds, s)], m.lastindex == 1))
        for m in _TOKEN_WORD.finditer(ntext)
        for s in (m.start(),)
    ]
    return _join_stray_clitics(toks) if _STRAY_CLITIC.search(ntext) else toks


# Text as datasets store it: "و قال", "ال مسؤول" (a clitic split off by a stray space)
_STRAY_CLITIC = re.compile(r"(?:^|(?<=\s))(?:و|ف|ال|وال|بال|لل)\s+(?=[\u0621-\u064A])")
_CLITIC_TOKENS = frozenset({"و", "ف", "ال", "وال", "بال", "لل"})


def _join_stray_clitics(toks: list[_Tok]) -> list[_Tok]:
    out: list[_Tok] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.text in _CLITIC_TOKENS and k + 1 < len(toks) and toks[k + 1].word and toks[k + 1].sent == t.sent \
                and "\u0621" <= toks[k + 1].text[0] <= "\u064A":
            nxt = toks[k + 1]
            out.append(_Tok(t.text + nxt.text, t.start, nxt.end, t.sent, True))
            k += 2
            continue
        out.append(t)
        k += 1
    return out


def _tokens_walk(ntext: str, index: tuple[int, ...], sentences: tuple[Sentence, ...]) -> list[_Tok]:
    """Tokens with their sentence, found by walking tokens and sentences together
    (for sentence spans that are not ordered and disjoint)."""
    out = []
    si, ns = 0, len(sentences)
    for m in TOKEN.finditer(ntext):
        s = m.start()
        o = index[s]
        while si < ns and sentences[si].end <= o:
            si += 1
        sent = sentences[si].index if si < ns and sentences[si].start <= o else -1
        g = m.group()
        out.append(_Tok(g, s, m.end(), sent, g[0].isalnum() or g[0] == "_"))
    return out


# ---------------------------------------------------------------- cue finding

def _find_cues(toks: list[_Tok], lex: CueLexicon) -> list[_Cue]:
    cues: list[_Cue] = []
    skip: set[int] = set()  # participles that restate a verb before them
    n = len(toks)
    i = 0
    triggers = lex.triggers
    while i < n:
        t = toks[i].text
        if t not in triggers:
            i += 1
            continue
        cue = _prep_at(toks, i, lex) or _verb_at(toks, i, lex) or _verbal_noun_at(toks, i, lex, cues)
        if cue is None:
            key, _ = strip_proclitic(t, lex.pronoun_preps, lex.proclitics)
            if key:
                cue = _Cue(i, i + 1, pronoun_features=lex.pronoun_preps[key])
        if cue is not None:
            cues.append(cue)
            i = cue.j
            if cue.verb is not None and not cue.verb.participle and i < n and _same_sentence(toks, i - 1, i):
                # "ويضيف قائلاً:": one utterance, the participle only restates the verb
                k2, _ = strip_proclitic(toks[i].text, lex.verbs, lex.proclitics)
                if k2 and lex.verbs[k2].participle:
                    i += 1
                else:
                    restated = _restating_participle(toks, i, lex)
                    if restated is not None:
                        skip.add(restated)
        else:
            i += 1
    return [c for c in cues if c.i not in skip]


def _verbal_noun_at(toks: list[_Tok], i: int, lex: CueLexicon, cues: list[_Cue]) -> _Cue | None:
    key, _ = strip_proclitic(toks[i].text, lex.verbal_nouns, lex.proclitics)
    if not key or toks[i].text.startswith(lex.definite_prefixes):
        return None  # "البيان": a statement already introduced, not one with its source
    last = cues[-1] if cues else None
    if last is not None and last.verb is not None and _same_sentence(toks, last.i, i) and i - last.j <= 4:
        return None  # "وقال في بيان له", "أكد في تصريح": the verb already reports it
    return _Cue(i, i + 1, noun=True)


def _restating_participle(toks: list[_Tok], j: int, lex: CueLexicon) -> int | None:
    """"وواصل هيرشمان حديثه أمام اللجنة قائلاً إن": a saying participle later in the verb's own
    clause (only words between, no comma, no other cue word) restates it."""
    for k in range(j, min(len(toks), j + lex.restating_window)):
        if not _same_sentence(toks, j - 1, k) or not toks[k].word:
            return None
        if toks[k].text in lex.restating_participles:
            return k
        if toks[k].text in lex.triggers or toks[k].text in lex.complementizers:
            return None
    return None


def _same_sentence(toks: list[_Tok], a: int, b: int) -> bool:
    return 0 <= a < len(toks) and 0 <= b < len(toks) and toks[a].sent == toks[b].sent


def _prep_at(toks: list[_Tok], i: int, lex: CueLexicon) -> _Cue | None:
    key, _ = strip_proclitic(toks[i].text, lex.preps, lex.proclitics)
    if not key:
        return None
    for p in lex.preps[key]:
        j = i + 1
        if all(_same_sentence(toks, i, i + 1 + k) and toks[i + 1 + k].text == w for k, w in enumerate(p.words)):
            j = i + 1 + len(p.words)
        elif p.words:
            continue
        # a free-standing particle ("وفقاً لـ", "استناداً إلى") belongs to the cue;
        # an attached one ("للمعلومات") stays with the source word
        if j < len(toks) and _same_sentence(toks, i, j) and toks[j].text in p.then:
            j += 1
        return _Cue(i, j, prep=p)
    return None


def _verb_at(toks: list[_Tok], i: int, lex: CueLexicon) -> _Cue | None:
    key, _ = strip_proclitic(toks[i].text, lex.verbs, lex.proclitics)
    if not key:
        return None
    verb = lex.verbs[key]
    prev = toks[i - 1].text if _same_sentence(toks, i - 1, i) else ""
    prev2 = toks[i - 2].text if _same_sentence(toks, i - 2, i) else ""
    who = prev in lex.existential_who and prev2 in lex.existential_before
    if prev in lex.noun_preceders and not who:
        return None  # "على علم بهذا الهجوم": a noun after a preposition
    if prev in lex.negators and not verb.negatable:
        return None  # "لم تعلن أي جهة": a report that did not happen ("لم يستبعد" is one: negatable)
    if verb.suffixed and prev not in lex.what_words:
        return None  # "ومصادر وصفتها بالمقربة": verb + object, a cue only in "ما أكده <subject>"
    if prev in lex.subjunctive and key.startswith(lex.imperfect_prefixes):
        return None  # "دون أن يعلم": "to know", not "learned"
    if verb.participle and prev and not key.endswith("ا") and not prev.startswith(lex.definite_prefixes) \
            and head_of(prev, lex) is not None:
        return None  # "مصادر مؤكدة": an adjective agreeing with an indefinite source noun, not "confirming"
    if verb.participle and prev in lex.copulas:
        return None  # "كما كان متوقعاً": a predicate adjective
    if not verb.participle and _hypothetical(toks, i, lex):
        return None  # "غياب أي بيان رسمي يوضح ملابسات": describes a statement that was not made
    nxt = toks[i + 1].text if _same_sentence(toks, i, i + 1) else ""
    if (toks[i].text, nxt) in lex.impersonal:
        return None  # "يذكر أن": impersonal, names no source
    return _Cue(i, i + 1, verb=verb, who=who)


def _hypothetical(toks: list[_Tok], i: int, lex: CueLexicon) -> bool:
    """"أي <noun> [<adjective>] <verb>": the verb is a clause describing any such noun."""
    for k in range(i - 1, max(-1, i - 5), -1):
        if not _same_sentence(toks, k, i) or not toks[k].word:
            return False
        if toks[k].text in lex.hypothetical_markers:
            return True
        if toks[k].text in lex.complementizers or toks[k].text in lex.clause_boundaries:
            return False
    return False


# ---------------------------------------------------------- noun phrases

def _np_after(toks: list[_Tok], j: int, lex: CueLexicon, cue_starts: set[int], *, verb: bool) -> tuple[int, int] | None:
    """Token span of the noun phrase starting at ``j`` (None when none starts there)."""
    if j >= len(toks) or not _same_sentence(toks, j - 1, j):
        return None
    while toks[j].text in lex.np_skip_first and _same_sentence(toks, j, j + 1):
        j += 1  # "أكده أيضاً بيان": the adverb is not part of the subject
    first = toks[j].text
    if verb and toks[j].word:
        key, _ = strip_proclitic(first, lex.verbs, lex.proclitics)
        if key and lex.verbs[key].participle:
            return None  # "وأردف مؤكداً أن": the participle restates the verb; the subject is implicit
    if verb and first == '"':
        inner = _quoted_subject(toks, j, lex)
        if inner is not None:
            return inner  # 'وقال " مسؤول كبير " إن': a short quoted subject, then the words
    quoted = _quoted_addressee(toks, j, lex) if verb and _addressee(toks, j, lex) else None
    if quoted is not None:
        # "وكشف لـ«عكاظ» مصدر مطلع أن": the subject follows the outlet it spoke to
        return _np_after(toks, quoted[1] + 1, lex, cue_starts, verb=True)
    if not toks[j].word or first in lex.np_first_stop or first in lex.np_stop or first in lex.complementizers:
        return None
    if verb and (first in lex.object_nouns or _stem(first, lex) in lex.object_nouns):
        return None  # "وأكد عزم الجيش على ...": the object; the subject is the verb's own
    if verb and _addressee(toks, j, lex):
        return None  # "الذي قال للجزيرة نت إن": who was spoken to; the subject is elsewhere
    k = j
    while k < len(toks) and toks[k].sent == toks[j].sent and k - j < lex.np_max:
        t = toks[k]
        if not t.word:
            # a quoted name right after an outlet word: وكالة "رويترز"
            if t.text == '"' and k > j and _bare(toks[k - 1].text, lex) in lex.outlet_markers:
                close = _closing_quote(toks, k)
                if close is not None:
                    k = close + 1
                    continue
            break
        if k > j and (t.text in lex.np_stop or t.text in lex.complementizers or k in cue_starts
                      or t.text in lex.pronoun_subjects):
            break  # "الكاتب احمد الحداد فهو يرى": a new clause
        if verb and k > j and _addressee(toks, k, lex):
            break  # "قال قاآني للسيد الكاظمي", "لوكالة رويترز": the addressee, not the speaker
        if k > j and t.text in lex.speech_preps and k + 1 < len(toks) and _is_word_in(toks[k + 1].text, lex.speech_nouns, lex):
            break  # "قال الوزير في تصريحات": where it was said, not who said it
        if k > j and (t.text in lex.object_nouns or _stem(t.text, lex) in lex.object_nouns
                      or _stem(t.text, lex) in lex.act_nouns):
            break  # "أعلن الجيش العراقي نجاة الكاظمي": the object starts
        k += 1
    return (j, k) if k > j else None


def _quoted_subject(toks: list[_Tok], j: int, lex: CueLexicon) -> tuple[int, int] | None:
    """'" مسؤول كبير " إن': a few words in quotes followed by the that-clause (or a comma) are the
    subject; a quote that opens the words themselves ('وقال "نحن …"') is not."""
    close = _closing_quote(toks, j)
    if close is None or close - j - 1 < 1 or close - j - 1 > 4 or close + 1 >= len(toks) \
            or not _same_sentence(toks, j, close + 1):
        return None
    after = toks[close + 1].text
    if after not in lex.complementizers and after not in lex.clause_commas:
        return None
    if not all(toks[k].word for k in range(j + 1, close)) or not _recognised(toks, (j + 1, close), lex):
        return None
    return (j + 1, close)


def _quoted_addressee(toks: list[_Tok], j: int, lex: CueLexicon) -> tuple[int, int] | None:
    """'لـ«عكاظ»' at ``j``: the token span inside the quotes (closing quote at span[1])."""
    if toks[j].text == lex.addressee_prefix and j + 1 < len(toks) and toks[j + 1].text == '"':
        close = _closing_quote(toks, j + 1)
        if close is not None and close + 1 < len(toks) and _same_sentence(toks, j, close + 1):
            return (j + 2, close)
    return None


def _is_word_in(token: str, words: frozenset[str], lex: CueLexicon) -> bool:
    """``token`` is one of ``words`` once a noun prefix and a pronoun suffix are removed (تقريره -> تقرير)."""
    if not words:
        return False
    for c in (token, _stem(token, lex)):
        if c in words:
            return True
        for suf in lex.noun_suffixes:
            if c.endswith(suf) and len(c) - len(suf) >= 3 and c[: -len(suf)] in words:
                return True
    return False


def _addressee(toks: list[_Tok], k: int, lex: CueLexicon) -> bool:
    """ل + definite noun, outlet word or quoted name: who was spoken *to*.

    A bare ل-initial word is left alone: it is usually a name (لبنان, لندن).
    """
    p = lex.addressee_prefix
    t = toks[k].text
    if not p or not t.startswith(p):
        return False
    rest = t[len(p):]
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    return t == p or rest.startswith(lex.definite_prefixes[:1] or ("\0",)) or t.startswith(p + p) \
        or rest in lex.outlet_markers or rest in lex.agencies or nxt == '"'


def _closing_quote(toks: list[_Tok], k: int) -> int | None:
    for m in range(k + 1, min(k + 6, len(toks))):
        if toks[m].text == '"':
            return m
    return None


def _np_before(toks: list[_Tok], i: int, lex: CueLexicon, cue_starts: set[int]) -> tuple[int, int] | None:
    """Subject before the verb (SVO), only when it starts at a clear boundary."""
    if lex.subject_before and i > 0 and toks[i - 1].text == ",":
        # "A senior official, speaking on condition of anonymity, told": the subject is before the
        # parenthetical (a short phrase between two commas)
        for k0 in range(i - 2, max(-1, i - 2 - lex.pre_np_max), -1):
            if toks[k0].sent != toks[i].sent or k0 in cue_starts:
                break
            if toks[k0].text == ",":
                inner = _np_before(toks, k0, lex, cue_starts) if k0 > 0 and toks[k0 - 1].word else None
                if inner is not None:
                    return inner
                break
    k = i - 1
    while k >= 0 and toks[k].sent == toks[i].sent and i - k <= lex.pre_np_max:
        t = toks[k]
        if not t.word or t.text in lex.clause_boundaries or t.text in lex.pronoun_subjects or k in cue_starts \
                or t.text in lex.complementizers:
            break  # "غير أن وزارة الداخلية قالت": the that-clause starts with its subject
        if any(w in lex.np_stop or w in lex.np_first_stop or w in lex.complementizers for w in (t.text, _unclitic(t.text, lex))):
            return None  # a prepositional phrase ("وفي التقديم"): the clause started earlier
        k -= 1
    else:
        if k >= 0 and toks[k].sent == toks[i].sent:
            return None  # ran out of room without finding where the subject starts
    start = k + 1
    return (start, i) if start < i else None


def _unclitic(token: str, lex: CueLexicon) -> str:
    """Token without one و/ف proclitic (وفي -> في); unchanged when nothing is left."""
    for p in lex.proclitics:
        if token.startswith(p) and len(token) > len(p) + 1:
            return token[len(p):]
    return token


def _stem(token: str, lex: CueLexicon) -> str:
    """Token without its longest noun prefix (للمقتضيات -> مقتضيات)."""
    for p in lex.noun_prefixes:
        if token.startswith(p) and len(token) - len(p) >= 2:
            return token[len(p):]
    return token


def _bare(token: str, lex: CueLexicon) -> str:
    for p in lex.definite_prefixes:
        if token.startswith(p) and len(token) > len(p) + 1:
            return token[len(p):]
    return token


def _analyse_np(toks: list[_Tok], span: tuple[int, int], lex: CueLexicon) -> _NP:
    words = [toks[k].text for k in range(*span) if toks[k].word]
    head: Head | None = None
    head_pos = -1
    counted = False
    looked = 0
    for pos, w in enumerate(words):
        if w in lex.head_skip or w.isdigit():
            counted = counted or w.isdigit() or w in lex.number_words
            continue
        head, head_pos = head_of(w, lex), pos
        looked += 1
        # a headline or dateline word may precede the head ("الخبر مثقفون يكشفون")
        if head is not None or looked == 2:
            break
    if head is None:
        head_pos = -1
    lemmas: dict[str, set[str]] = {}
    coordinated = False
    for pos, w in enumerate(words):
        h = head_of(w, lex)
        if h is None:
            continue
        lemmas.setdefault(h.lemma, set()).add(h.number)
        if pos > head_pos >= 0 and w.startswith(lex.proclitics) and h.cls != "named_titles" and not h.adjectival:
            coordinated = True  # "مسؤولان أمنيان ومصادر ...": more than one source
    definite = False
    if head is not None and head_pos >= 0:
        w = words[head_pos]
        nxt = words[head_pos + 1] if head_pos + 1 < len(words) else ""
        definite = (
            w.startswith(lex.definite_prefixes) or w.endswith(lex.noun_suffixes[:4])
            or nxt.startswith(lex.definite_prefixes)  # construct state: مسؤول الملف
            or (head_pos > 0 and words[head_pos - 1] in lex.definite_words)
        )
    text = " ".join(words)
    cls = _class_of(head, definite, text, lex)
    if cls is SourceClass.VAGUE and head is not None and head.inanimate and 0 <= head_pos < len(words) - 1 \
            and not words[head_pos].startswith(lex.definite_prefixes) and words[head_pos + 1].startswith(lex.definite_prefixes):
        cls = SourceClass.NAMED  # "أحدث معطيات المكتب الوطني": the data of a named body, on record
    if cls is SourceClass.ANONYMOUS and head is not None and 0 <= head_pos < len(words) - 1:
        gen = words[head_pos + 1]
        gh = head_of(gen, lex)
        if gh is not None and gh.cls == "vague" and gen.startswith(lex.definite_prefixes):
            cls = SourceClass.VAGUE  # "مصادر الأنباء المحلية": news outlets, i.e. the media
    number = head.number if head is not None else "singular"
    if coordinated or (counted and head is not None and number != "unknown"):
        number = "plural"
    if words and words[0] in lex.one_of:
        cls, number = SourceClass.ANONYMOUS, "singular"  # "أحد الشيوخ": one of them, unnamed
    elif head is None and len(words) > 2 and words[1] in lex.one_of:
        cls, number = SourceClass.ANONYMOUS, "singular"  # "صاحب أحد المتاجر": the owner of one of them, unnamed
    elif head is None and counted:
        cls, number = SourceClass.VAGUE, "plural"  # "14 مختصا استطلعت آراؤهم": a counted group, no one named
    if len(words) == 1 and words[0] in lex.existential_who:
        cls, number = SourceClass.VAGUE, "plural"  # "وثمة من يقول": those who say
    if cls is not SourceClass.VAGUE and any(w in lex.vague_modifiers for w in words[max(head_pos, 0) + 1:]):
        cls = SourceClass.VAGUE  # "المعلومات المتداولة": circulating, no one holds it
    bare = tuple(_bare(w, lex) for w in words)
    names = frozenset(b for w, b in zip(words, bare) if len(b) >= 3 and not w.startswith(lex.definite_prefixes)
                      and head_of(w, lex) is None and b not in lex.np_stop and b not in lex.head_skip
                      and not any(ch.isdigit() for ch in b))
    return _NP(cls, number, head, definite, any(w in lex.coref_markers for w in words), lemmas,
               bare[-1] if bare else "", bare, names)


def _class_of(head: Head | None, definite: bool, text: str, lex: CueLexicon) -> SourceClass:
    if head is None:
        return SourceClass.NAMED  # a name, a state, an organisation on record
    if head.cls == "anonymous":
        return SourceClass.ANONYMOUS
    if head.cls == "anonymous_if_indefinite":
        # "مسؤول عراقي" hides a name; "مسؤول الملف العراقي" is an office on record
        return SourceClass.NAMED if definite else SourceClass.ANONYMOUS
    if head.cls == "vague":
        if any(f" {o} " in f" {text} " for o in lex.vague_named_override):
            return SourceClass.NAMED  # "قنوات فضائية من بينها دجلة": the outlets are named
        return SourceClass.VAGUE
    return SourceClass.NAMED


# ------------------------------------------------------------------ relays

def _via_after(toks: list[_Tok], k: int, lex: CueLexicon, limit: int = 4) -> tuple[int, int] | None:
    """Outlet the source spoke to: 'لـ"رويترز"', 'لوكالة رويترز' within a few tokens of ``k``."""
    if k <= 0:
        return None
    end = min(len(toks), k + limit)
    m = k
    while m < end and toks[m].sent == toks[k - 1].sent:
        t = toks[m].text
        if lex.addressee_prefix and t == lex.addressee_prefix and m + 1 < len(toks) and toks[m + 1].text == '"':
            close = _closing_quote(toks, m + 1)
            return (m + 2, close) if close else None
        if lex.addressee_prefix and t.startswith(lex.addressee_prefix) and t[len(lex.addressee_prefix):] in lex.outlet_markers:
            if m + 1 < len(toks) and toks[m + 1].text == '"':
                close = _closing_quote(toks, m + 1)
                return (m + 2, close) if close else None
            k2 = m + 1
            if k2 < len(toks) and toks[k2].text == "(":
                k2 += 1  # لتلفزيون (بي إف إم)
            e2 = k2
            while e2 < len(toks) and e2 - k2 < 4 and toks[e2].word and not _ends_name(toks[e2].text, lex):
                e2 += 1
            return (k2, e2) if e2 > k2 else None
        if lex.addressee_prefix and t.startswith(lex.addressee_prefix) and t[len(lex.addressee_prefix):] in lex.agencies:
            return (m, m + 1)
        m += 1
    return _channel_after(toks, k, lex)


def _ends_name(token: str, lex: CueLexicon) -> bool:
    """"لوكالة الأنباء الألمانية إن …": the outlet's name ends where the clause or the words begin."""
    return token in lex.complementizers or token in lex.np_stop


def _channel_after(toks: list[_Tok], k: int, lex: CueLexicon) -> tuple[int, int] | None:
    """'… خلال مداخلة هاتفية على فضائية "التحرير"': the channel the words were said on, later in the clause."""
    m = k
    while m + 1 < len(toks) and m - k < lex.channel_window and toks[m].sent == toks[k - 1].sent:
        if toks[m].text in lex.complementizers or toks[m].text == ":":
            return None  # the words themselves begin: a channel after them is part of the claim
        if toks[m].text in lex.channel_preps and toks[m + 1].text in lex.channel_markers:
            k2 = m + 2
            if k2 < len(toks) and toks[k2].text == '"':
                close = _closing_quote(toks, k2)
                return (k2 + 1, close) if close else None
            e2 = k2
            while e2 < len(toks) and e2 - k2 < 3 and toks[e2].word and not _ends_name(toks[e2].text, lex):
                e2 += 1
            return (k2, e2) if e2 > k2 else None
        m += 1
    return None


def _outlet_name(toks: list[_Tok], span: tuple[int, int], lex: CueLexicon) -> str:
    words = [toks[k].text for k in range(*span) if toks[k].word]
    while words and _bare(words[0], lex) in lex.outlet_markers:
        words = words[1:]
    name = " ".join(words)
    if name.startswith(lex.addressee_prefix) and name[len(lex.addressee_prefix):] in lex.agencies:
        name = name[len(lex.addressee_prefix):]
    return name


def _is_relay(name: str, marked: bool, outlet: str, lex: CueLexicon) -> bool:
    """A named outlet other than the article's own is a relay ("via")."""
    if not name or _own_outlet(name, outlet, lex):
        return False  # 'تحدثوا لـ"عربي بوست"' in an Arabi Post article: the outlet itself
    return marked or any(name == a or name.startswith(a + " ") for a in lex.agencies)


def _own_outlet(name: str, outlet: str, lex: CueLexicon) -> bool:
    """``name`` is the article's own outlet, under its corpus id or one of its other names."""
    return any(name in own or own.split(" (")[0] in name
               for own in ((outlet, *lex.outlet_aliases.get(outlet, ())) if outlet else ()))


# ---------------------------------------------------------------- mentions

def _build_mentions(toks: list[_Tok], cues: list[_Cue], lex: CueLexicon, outlet: str) -> list[_Mention]:
    cue_starts = {c.i for c in cues}
    consumed: set[int] = set()
    mentions: list[_Mention] = []
    pending_via: tuple[int, int] | None = None
    for n, c in enumerate(cues):
        if c.i in consumed:
            continue
        m = _mention_for(toks, c, lex, cue_starts, consumed, outlet, mentions)
        if m is None:
            continue
        if c.prep is not None and not c.prep.relay and m.np is not None and m.via is None \
                and _names_outlet(toks, m.np, lex, outlet):
            # "وأضاف بحسب وكالة الأنباء الألمانية:", "وبحسب «رويترز» ذكر نوفاك أن": the outlet
            # relays the words of the verb right next to it; it is not a source of its own
            prev = mentions[-1] if mentions else None
            if prev is not None and prev.cue.verb is not None and prev.via is None \
                    and _same_sentence(toks, prev.cue.i, c.i) and c.i - _mention_end(prev) <= 1:
                prev.via = m.np
                continue
            nxt = cues[n + 1] if n + 1 < len(cues) else None
            if nxt is not None and nxt.verb is not None and not nxt.verb.participle \
                    and _same_sentence(toks, c.i, nxt.i) and 0 <= nxt.i - m.np[1] <= 2:
                pending_via = m.np
                continue
        if c.prep is not None and m.np is not None and m.np[1] < len(toks) and toks[m.np[1]].text in lex.relative_pronouns:
            nxt = cues[n + 1] if n + 1 < len(cues) else None
            if nxt is not None and nxt.verb is not None and nxt.i == m.np[1] + 1:
                continue  # "على لسان المتحدث … الذي أكد أن": one report, carried by the verb
        if pending_via is not None and c.verb is not None and m.via is None:
            m.via = pending_via
        pending_via = None
        mentions.append(m)
    return mentions


def _verbal_noun_mention(toks, c: _Cue, lex: CueLexicon, cue_starts, outlet: str) -> _Mention | None:
    """"مع تأكيد عضو مجلس", "وسط تأكيد من قيادي", "في بيان لوزارة الخارجية": the noun's own source."""
    j = c.j
    if j < len(toks) and toks[j].text in lex.verbal_noun_of and _same_sentence(toks, c.i, j + 1):
        j += 1  # "تأكيد من قيادي"
    np = _np_after(toks, j, lex, cue_starts, verb=False)
    if np is None:
        return None
    first = toks[np[0]].text
    lam = lex.addressee_prefix and first.startswith(lex.addressee_prefix) and not first.startswith(lex.definite_prefixes)
    if lam:
        # "في بيان لوزارة الخارجية": the ل-phrase is the author, unless it names the outlet spoken to
        word = first[len(lex.addressee_prefix):]
        if _names_outlet(toks, np, lex, outlet) or _bare(word, lex) in lex.outlet_markers or _own_outlet(word, outlet, lex):
            return None
        if first in lex.prep_pronoun_objects or first[len(lex.addressee_prefix):] in lex.pronoun_suffix_words:
            return None  # "في بيان لهم": a pronoun, the speaker is elsewhere
    else:
        head = head_of(first, lex)
        if (head is None and first not in lex.one_of) or (head is not None and head.lemma in lex.document_lemmas):
            return None  # "تأكيد أهمية الاتفاق", "إعلان البيان الختامي": the noun's object, not a speaker
    if not _has_complement(toks, c, lex, cue_starts) and not lam and toks[c.j].text not in lex.verbal_noun_of \
            and not _recognised(toks, np, lex):
        return None
    return _Mention(c, np)


def _mention_end(m: _Mention) -> int:
    return max(m.cue.j, m.np[1] if m.np is not None else 0)


def _names_outlet(toks: list[_Tok], span: tuple[int, int], lex: CueLexicon, outlet: str) -> bool:
    """The phrase names a news outlet other than the article's own (an agency, or "وكالة/قناة …")."""
    marked = bool(toks[span[0]].word) and _bare(toks[span[0]].text, lex) in lex.outlet_markers
    return _is_relay(_outlet_name(toks, span, lex), marked, outlet, lex)


def _has_complement(toks: list[_Tok], c: _Cue, lex: CueLexicon, cue_starts: set[int], *, words_only: bool = False) -> bool:
    """A that-clause (أن/إن), or, unless ``words_only``, a colon or opening quote."""
    verb = c.verb
    extra = verb.complements if verb else frozenset()
    window = (verb.complement_window if verb and verb.complement_window else lex.complement_window)
    words_only = words_only or bool(verb and verb.clause_complement)
    for k in range(c.j, min(len(toks), c.j + window)):
        if toks[k].sent != toks[c.i].sent or k in cue_starts:
            return False
        t = toks[k].text
        if t in lex.complement_barriers:
            return False  # "نشرت صوراً ...، إلا أنه": the أن belongs to another clause
        if t in lex.complementizers or t in extra:
            return True
        if verb is not None and verb.event_object and k - c.j < 6 and (t in lex.object_nouns or _stem(t, lex) in lex.object_nouns):
            return True  # "أعلنت ... في وقت سابق سقوط طائرة": an announced event
        if words_only:
            continue
        if t == ":" and t in lex.complement_marks:
            return True
        if t in lex.complement_marks and (k - c.j < 3 or not toks[k - 1].word):
            # a colon or opening quote near the cue introduces the words; a quote
            # further on is usually a name ("باسم “فصائل المقاومة”")
            return True
    return False


def _recognised(toks: list[_Tok], span: tuple[int, int] | None, lex: CueLexicon) -> bool:
    return span is not None and any(head_of(toks[k].text, lex) for k in range(span[0], min(span[1], span[0] + 3)))


def _mention_for(toks, c: _Cue, lex: CueLexicon, cue_starts, consumed, outlet, mentions) -> _Mention | None:
    if c.pronoun_features:
        return _Mention(c, None, features=c.pronoun_features)
    if c.noun:
        return _verbal_noun_mention(toks, c, lex, cue_starts, outlet)
    if c.prep is not None:
        np = _np_after(toks, c.j, lex, cue_starts, verb=False)
        if np is None and c.j < len(toks) and toks[c.j].text == '"':
            close = _closing_quote(toks, c.j)
            np = (c.j + 1, close) if close else None  # نقلا عن "الشرق الأوسط"، وبحسب "رويترز"
        if np is not None and np[1] - np[0] == 1 and toks[np[0]].text in lex.prep_pronoun_objects:
            # "ووفقا له، فقد ...": according to him, i.e. the last speaker
            return _Mention(c, None, features=lex.prep_pronoun_objects[toks[np[0]].text])
        what = c.prep.fused_what or (np is not None and toks[np[0]].text in lex.what_words)
        if c.prep.fused_what:
            np = _source_after_what(toks, c.i, lex, cue_starts, consumed)
        elif what and np is not None:  # (what is only true here with np set)
            np = _source_after_what(toks, np[0], lex, cue_starts, consumed)
        if np is None:
            return None
        if c.prep.relay and mentions and toks[mentions[-1].cue.i].sent == toks[c.i].sent:
            # "... قال المسؤولان, نقلا عن الشرق الأوسط": the outlet relayed the
            # attribution before it; it is not a source of its own
            name = _outlet_name(toks, np, lex)
            if _is_relay(name, True, outlet, lex) and mentions[-1].via is None:
                mentions[-1].via = np
                return None
        if _stem(toks[np[0]].text, lex) in lex.non_source:
            return None  # "وطبقاً للمقتضيات": in accordance with a rule, not a source
        via = None
        if what:  # "حسبما أفاد مصدر طبي لوكالة الصحافة الفرنسية": the outlet it spoke to
            cand = _via_after(toks, np[1], lex)
            if cand is not None and _is_relay(_outlet_name(toks, cand, lex), _marked(toks, cand, lex), outlet, lex):
                via = cand
        return _Mention(c, np, via=via)
    verb = c.verb
    assert verb is not None
    complement = _has_complement(toks, c, lex, cue_starts)
    nxt = toks[c.j].text if c.j < len(toks) and _same_sentence(toks, c.i, c.j) else ""
    if verb.not_followed_by and any(toks[k].text in verb.not_followed_by for k in range(c.j, min(len(toks), c.j + 3))):
        return None  # "تساءل: هل ...": a yes/no question claims nothing
    if verb.participle:
        # "…، مؤكداً في الوقت ذاته استمرار الأعمال": a participle opening a clause after a comma
        # is circumstantial (the speaker goes on), whatever its object; an adjective sits in its phrase
        after_comma = c.i > 0 and _same_sentence(toks, c.i - 1, c.i) and toks[c.i - 1].text in lex.clause_commas
        complement = complement or verb.free or nxt in verb.adjacent_complements or after_comma
        return _Mention(c, None, features=verb.features, participle=True) if complement else None
    after = _np_after(toks, c.j, lex, cue_starts, verb=True)
    if verb.adjacent_complements and (nxt in verb.adjacent_complements or (
            after is not None and after[1] < len(toks) and _same_sentence(toks, c.i, after[1])
            and toks[after[1]].text in verb.adjacent_complements)):
        complement = True  # "كما شددوا على رفضهم", "أعرب الوزير عن"
    before_split = after
    after, via = _split_relay(toks, c, after, verb, lex, cue_starts, consumed)
    marker_found = after != before_split or via is not None
    prev = toks[c.i - 1].text if _same_sentence(toks, c.i - 1, c.i) else ""
    if verb.suffixed and (prev not in lex.what_words or after is None):
        return None  # "أكده" is a cue in "ما أكده بيان ...", not on its own
    if verb.object_markers:
        # "تحدثت مصادر محلية عن", "أجمع المختصون على": the marker right after an explicit
        # subject; for a verb that also takes أن (أجمع ... على أن) a complement will do
        if after is not None and after[1] < len(toks) and _same_sentence(toks, c.i, after[1]) \
                and toks[after[1]].text in verb.object_markers:
            complement = True
        elif not (verb.needs_complement and complement):
            return None
    np = after
    if c.who:
        np = after = (c.i - 1, c.i)  # "وثمة من يقول": those who say
    if prev in lex.pluperfect_particles:
        # "وكانت القيادة المركزية قد أعلنت (الخطة)": the subject sits before قد; a noun after the verb is its object
        np = _pluperfect_subject(toks, c.i - 1, lex, cue_starts) or np
    if lex.subject_before and verb.source_marker == "":
        pre = _np_before(toks, c.i, lex, cue_starts)
        if pre is not None:
            # "Officials told Reuters that ...": the object is the outlet, not the source
            if after is not None and via is None and _is_relay(_outlet_name(toks, after, lex), False, outlet, lex):
                via = after
            np = after = pre
    if prev in lex.relative_pronouns and (np is None or _relative_antecedent(toks, c.i - 1, lex, cue_starts)):
        # "أحد عمال الإنقاذ والذي ذكر", "المالكي الذي اتهم المملكة": the relative pronoun is the
        # subject, so its antecedent speaks; a noun after the verb is its object
        np = _relative_antecedent(toks, c.i - 1, lex, cue_starts)
    elif np is None:
        if prev not in lex.pronoun_subjects:
            np = _np_before(toks, c.i, lex, cue_starts)
    elif via is None and not _recognised(toks, np, lex):
        # "تقارير أخرى ذكرت وقوع قتيل": an indefinite source noun right before the
        # verb is its subject; what follows is the object
        pre = _indefinite_source_before(toks, c.i, lex, cue_starts, mentions)
        if pre is not None:
            np = pre
    if np is not None and _is_word_in(_first_content(toks, np, lex), lex.evidence_nouns, lex):
        return None  # "تؤكد اللقطات": evidence, not a source
    if np is None and _evidence_before(toks, c.i, lex, cue_starts):
        return None  # "إن المؤشرات الأولية تشير": evidence, not a source
    if verb.event_object and _announces_own_act(toks, c, np, lex) and not _that_clause(toks, c, lex, cue_starts):
        return None  # "أعلن الرئيس حالة الطوارئ", "أعلنت الوزارة تأسيس جمعية": an act, not a report
    if not complement and verb.needs_complement:
        return None
    if verb.needs_marker and not marker_found and not _has_complement(toks, c, lex, cue_starts, words_only=True):
        return None  # "نقل محاكمة مبارك إلى ...": moving, not relaying
    if verb.strict and not complement and not _recognised(toks, np, lex):
        return None  # "تشير الفصائل ... إلى أنفسهم": not reporting
    if via is None and np is not None and np[0] > c.j and c.j < len(toks):
        cand = _quoted_addressee(toks, c.j, lex)  # "كشفت لـ«رويترز» مصادر": relayed, unless the outlet's own
        if cand is not None and _is_relay(_outlet_name(toks, cand, lex), True, outlet, lex):
            via = cand
    if via is None:
        cand = _via_after(toks, (np[1] if np and np[0] > c.i else c.j), lex)
        if cand is not None and _is_relay(_outlet_name(toks, cand, lex), _marked(toks, cand, lex), outlet, lex):
            via = cand
    if via is None:
        cand = _published_via(toks, (np[1] if np and np[0] > c.i else c.j), lex)
        if cand is not None and _is_relay(_outlet_name(toks, cand, lex), True, outlet, lex):
            via = cand
    if via is None and np is not None:
        cand = _interview_via(toks, np, lex)
        if cand is not None and _is_relay(_outlet_name(toks, cand, lex), True, outlet, lex):
            via = cand
    return _Mention(c, np, via=via, features=verb.features)


def _that_clause(toks: list[_Tok], c: _Cue, lex: CueLexicon, cue_starts: set[int]) -> bool:
    """A complementizer (أن/إن) follows the cue in its sentence, before the next cue."""
    for k in range(c.j, min(len(toks), c.j + lex.complement_window)):
        if toks[k].sent != toks[c.i].sent or k in cue_starts or toks[k].text in lex.complement_barriers:
            return False
        if toks[k].text in lex.complementizers:
            return True
    return False


def _announces_own_act(toks: list[_Tok], c: _Cue, np: tuple[int, int] | None, lex: CueLexicon) -> bool:
    """The object of "announced", within a few words after its subject (or an عن), is an act noun:
    launching, founding, a state of emergency ("أعلن المركز الدولي للأمن الرياضي عن مبادرة")."""
    start = np[1] if np is not None and np[0] > c.i else c.j
    for k in range(start, min(len(toks), start + 5)):
        if not _same_sentence(toks, c.i, k) or toks[k].text in lex.complementizers:
            return False
        if _stem(toks[k].text, lex) in lex.act_nouns:
            return True
    return False


def _first_content(toks: list[_Tok], span: tuple[int, int], lex: CueLexicon) -> str:
    for k in range(*span):
        t = toks[k].text
        if toks[k].word and t not in lex.head_skip and t not in lex.one_of:
            return t
    return ""


def _evidence_before(toks: list[_Tok], i: int, lex: CueLexicon, cue_starts: set[int]) -> bool:
    """The clause right before the verb starts with an evidence noun ("إن المؤشرات الأولية تشير")."""
    first = ""
    k = i - 1
    while k >= 0 and i - k <= 3 and toks[k].sent == toks[i].sent and toks[k].word and k not in cue_starts \
            and toks[k].text not in lex.complementizers:
        first = toks[k].text
        k -= 1
    return bool(first) and _is_word_in(first, lex.evidence_nouns, lex)


def _source_head(token: str, lex: CueLexicon) -> bool:
    return _unclitic(token, lex) in lex.one_of or token in lex.one_of or head_of(token, lex) is not None


def _relative_antecedent(toks: list[_Tok], r: int, lex: CueLexicon, cue_starts: set[int]) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun at ``r`` refers to, when it names a source."""
    k = r - 1
    while k >= 0 and toks[k].sent == toks[r].sent and r - k <= lex.pre_np_max:
        t = toks[k].text
        if not toks[k].word or k in cue_starts or t in lex.np_stop or t in lex.complementizers:
            break
        if k < r - 1 and _unclitic(t, lex) != t and _unclitic(t, lex).startswith(lex.definite_prefixes[:1] or ("\0",)):
            break  # "وسائل الأخبار والناشطين التقارير التي": the nearest conjunct
        k -= 1
    heads = [m for m in range(k + 1, r) if _source_head(toks[m].text, lex)]
    if not heads:
        return None
    # the nearest source noun ("اللقطات المنشورة التقارير التي": التقارير), with the
    # quantifiers before it ("أحد عمال الإنقاذ ... والذي", "عدد من مصادر ... التي")
    start = heads[-1]
    while start > k + 1 and (toks[start - 1].text in lex.head_skip or toks[start - 1].text in lex.one_of):
        start -= 1
    return (start, r)


def _indefinite_source_before(toks, i: int, lex: CueLexicon, cue_starts: set[int], mentions) -> tuple[int, int] | None:
    """An indefinite anonymous/vague source noun (with up to two adjectives) right before the verb.

    Every word from the noun to the verb must be indefinite: "تقارير أخرى ذكرت" is a
    noun and its relative clause, "أعضاء المكتب السياسي يعتبرون" a construct that
    begins a new clause.
    """
    taken = mentions[-1].np[1] if mentions and mentions[-1].np else -1
    for h in range(i - 1, max(-1, i - 4), -1):
        if h < 0 or toks[h].sent != toks[i].sent or not toks[h].word or h in cue_starts or h < taken:
            return None
        t = toks[h].text
        head = head_of(t, lex)
        if head is not None and head.cls in ("anonymous", "anonymous_if_indefinite", "vague") and not head.adjectival \
                and not any(toks[m].text.startswith(lex.definite_prefixes) for m in range(h, i)):
            before = toks[h - 1].text if _same_sentence(toks, h - 1, h) else ""
            if before in lex.what_source_preps:
                return None  # "عن مصادر مطلعة أكدت": the relayed source of another cue
            return (h, i)
    return None


def _source_after_what(toks: list[_Tok], w: int, lex: CueLexicon, cue_starts: set[int],
                       consumed: set[int]) -> tuple[int, int] | None:
    """"وفقاً لما تم التأكيد عليه في تقارير محلية": the source sits in a later prepositional phrase.

    "وفق ما كشفه مدير المكتب", "بحسب ما أفادت مصادر": the source is the subject of the
    verb inside; preposition and verb are one attribution, on the preposition.
    """
    k = w + 1
    while k < len(toks) and toks[k].sent == toks[w].sent and k - w <= lex.np_max and toks[k].word:
        if k in cue_starts:
            sub = _np_after(toks, k + 1, lex, cue_starts, verb=True)
            if sub is not None:
                consumed.add(k)
                return sub
        if toks[k].text in lex.what_source_preps:
            sub = _np_after(toks, k + 1, lex, cue_starts, verb=False)
            if sub is not None:
                return sub
        k += 1
    return None


def _interview_via(toks: list[_Tok], np: tuple[int, int], lex: CueLexicon) -> tuple[int, int] | None:
    """"نشرت وكالة سمارت للأنباء ... مقابلة مع أحد ...": the outlet that published the interview."""
    s = np[0]
    if s < 2 or not lex.interview_nouns or toks[s - 1].text != lex.interview_marker \
            or not _is_word_in(toks[s - 2].text, lex.interview_nouns, lex):
        return None
    m = s - 3
    while m >= 0 and toks[m].sent == toks[s].sent:
        if toks[m].word and (_bare(toks[m].text, lex) in lex.outlet_markers
                             or _bare(_unclitic(toks[m].text, lex), lex) in lex.outlet_markers):
            e = m + 2  # the marker and the first word of the name
            while e < s and e - m < 5 and toks[e].word and toks[e].text.startswith(lex.definite_prefixes):
                e += 1  # "وكالة سمارت للأنباء", "وكالة الأنباء الرسمية"
            return (m, min(e, s))
        m -= 1
    return None


def _pluperfect_subject(toks: list[_Tok], q: int, lex: CueLexicon, cue_starts: set[int]) -> tuple[int, int] | None:
    """"وكانت <subject> قد أعلنت": the subject sits between كان and قد (``q`` is قد)."""
    k = q - 1
    while k >= 0 and _same_sentence(toks, k, q) and q - k <= lex.pre_np_max + 1:
        t = toks[k].text
        if t in lex.pluperfect_auxiliaries:
            return (k + 1, q) if k + 1 < q else None
        if (not toks[k].word and t not in "()") or k in cue_starts or t in lex.complementizers \
                or t in lex.clause_boundaries:
            return None
        k -= 1
    return None


def _published_via(toks: list[_Tok], k: int, lex: CueLexicon) -> tuple[int, int] | None:
    """"قالت في بيان نشرته وكالة الأنباء اليمنية": the outlet that published the statement."""
    if not lex.publish_verbs:
        return None
    for m in range(k, min(len(toks), k + 4)):
        if not _same_sentence(toks, k, m) or toks[m].text in lex.complementizers:
            return None
        if toks[m].text in lex.publish_verbs and m > k and _is_word_in(toks[m - 1].text, lex.speech_nouns, lex):
            o = m + 1
            if o < len(toks) and _same_sentence(toks, m, o) and _bare(toks[o].text, lex) in lex.outlet_markers:
                e = o + 1
                while e < len(toks) and _same_sentence(toks, o, e) and e - o < 5 and toks[e].word \
                        and (e == o + 1 or toks[e].text.startswith(lex.definite_prefixes)):
                    e += 1  # "وكالة الأنباء اليمنية الحكومية"
                return (o, e)
            return None
    return None


def _marked(toks: list[_Tok], span: tuple[int, int], lex: CueLexicon) -> bool:
    prev = toks[span[0] - 1].text if span[0] > 0 else ""
    if prev == '"' and span[0] >= 2:
        prev = toks[span[0] - 2].text
    if prev in lex.outlet_markers:  # "على فضائية "التحرير"": the marker word itself, after a channel preposition
        return True
    return prev[len(lex.addressee_prefix):] in lex.outlet_markers if prev.startswith(lex.addressee_prefix) else False


def _split_relay(toks, c: _Cue, after, verb: VerbCue, lex: CueLexicon, cue_starts, consumed):
    """Separate relaying outlet and source: "نقلت رويترز عن مسؤولين", "أفادت وكالة ... نقلا عن مصدر"."""
    end = after[1] if after is not None else c.j
    nxt = toks[end].text if end < len(toks) and toks[end].sent == toks[c.i].sent else ""
    nxt2 = toks[end + 1].text if end + 1 < len(toks) and toks[end + 1].sent == toks[c.i].sent else ""
    marker_at = -1
    role = ""
    if verb.source_marker and nxt == verb.source_marker:
        marker_at, role = end + 1, verb.marker_role
    elif end in cue_starts and nxt2 in ("عن",) and (toks[end].text.endswith("نقلا")):
        marker_at, role = end + 2, "via"
        consumed.add(end)
    elif verb.source_marker:
        # علمت "الجريدة"، من مصادرها: the marker may sit behind a quoted name and a comma
        for k in range(end, min(len(toks), end + 6)):
            if toks[k].sent != toks[c.i].sent:
                break
            if toks[k].text in lex.complementizers:
                break
            if toks[k].text == verb.source_marker:
                marker_at, role = k + 1, verb.marker_role
                break
    if marker_at < 0:
        return after, None
    source = _np_after(toks, marker_at, lex, cue_starts, verb=False)
    if source is None:
        return after, None
    return source, (after if role == "via" else None)


# ----------------------------------------------------------- coreference

def _agree(a: str, b: str) -> bool:
    return a == b or "unknown" in (a, b)


def _compatible(features: str, number: str) -> bool:
    if features == "x":
        return True  # the language does not mark agreement on the verb
    if features == "p":
        return number in ("plural", "dual", "unknown")
    if features == "d":
        return number == "dual"
    if features == "ms":
        return number in ("singular", "unknown")
    return number != "dual"


def _resolve(toks: list[_Tok], mentions: list[_Mention], lex: CueLexicon) -> list[_SourceState]:
    sources: list[_SourceState] = []
    sent_start: dict[int, int] = {}
    for k, t in enumerate(toks):
        sent_start.setdefault(t.sent, k)
    cue_starts = {m.cue.i for m in mentions}
    for idx, m in enumerate(mentions):
        if m.np is not None:
            target, np = _source_for_np(toks, m.np, sources, lex)
            m.cls, m.number = target.cls, (np.number if target.mentions == [] else target.number)
        else:
            target, prev = _antecedent_for_continuation(toks, m, idx, mentions, sources, lex)
            sent = toks[m.cue.i].sent
            implicit = None
            same = next((p for p in reversed(mentions[:idx]) if toks[p.cue.i].sent == sent), None)
            if target is None and m.participle:
                # "... الجنرال علي شمخاني، كان أول المنددين، عاداً": the clause's own subject; after
                # a report in the same sentence, only a subject named after that report
                starts = sent_start if same is None else {sent: same.np[1] if same.np else same.cue.j}
                implicit = _implicit_subject(toks, [sent], starts, m.cue.i, m.features, lex, cue_starts)
                if implicit is None and same is not None:
                    # "وقالت مصادر أمني إن ...، مشيرا": the sentence's speaker, disagreement and all
                    target = sources[same.source_id]
            elif target is not None and prev is not None and sent - toks[prev.cue.i].sent >= 2:
                # a sentence in between may name a nearer subject ("كان قد اعلن" after a
                # sentence about رئيس الحكومة, not the agency two sentences back)
                between = list(range(sent - 1, toks[prev.cue.i].sent, -1))
                implicit = _implicit_subject(toks, between, sent_start, m.cue.i, m.features, lex, cue_starts)
            if implicit is not None:
                m.implicit = implicit
                target, _ = _source_for_np(toks, implicit, sources, lex)
                prev = None
            if target is None:
                number = {"p": "plural", "d": "dual"}.get(m.features, "singular")
                cls = SourceClass.NAMED if number == "singular" else SourceClass.VAGUE
                target = _new_source(sources, cls, number)
            elif m.via is None and target.mentions:
                m.via = mentions[target.mentions[-1]].via  # a relayed speaker goes on being relayed
            m.cls, m.number = target.cls, target.number
        target.mentions.append(idx)
        m.source_id = target.id
    return sources


def _source_for_np(toks: list[_Tok], span: tuple[int, int], sources: list[_SourceState], lex: CueLexicon):
    np = _analyse_np(toks, span, lex)
    target = _antecedent_for_np(np, sources, lex)
    if target is None:
        target = _new_source(sources, np.cls, np.number)
        target.lemmas = {k: set(v) for k, v in np.lemmas.items()}
        target.last_word = np.last_word if np.head is None or np.cls is SourceClass.NAMED else ""
        target.key = " ".join(np.words)
        target.names = np.names if np.cls is SourceClass.NAMED else frozenset()
    return target, np


def _implicit_subject(toks, sents: list[int], sent_start: dict[int, int], limit: int, features: str,
                      lex: CueLexicon, cue_starts: set[int]) -> tuple[int, int] | None:
    """The first person-like noun phrase (title, office, «أحد …», anonymous head) in ``sents``.

    Sentences are tried in the given order; the search never goes past ``limit``.
    """
    for sent in sents:
        k = sent_start.get(sent, len(toks))
        while k < min(limit, len(toks)) and toks[k].sent == sent:
            t = toks[k].text
            head = head_of(t, lex)
            if toks[k].word and (t in lex.one_of or (head is not None and head.cls != "vague" and not head.adjectival)):
                e = k + 1
                while e < limit and toks[e].sent == sent and toks[e].word and e - k < lex.np_max and e not in cue_starts \
                        and toks[e].text not in lex.np_stop and toks[e].text not in lex.np_first_stop \
                        and toks[e].text not in lex.complementizers:
                    e += 1
                if _compatible(features, _analyse_np(toks, (k, e), lex).number):
                    return (k, e)
                k = e
                continue
            k += 1
    return None


def _new_source(sources: list[_SourceState], cls: SourceClass, number: str) -> _SourceState:
    s = _SourceState(len(sources), cls, number)
    sources.append(s)
    return s


def _antecedent_for_np(np: _NP, sources: list[_SourceState], lex: CueLexicon) -> _SourceState | None:
    recent = list(reversed(sources))
    key = " ".join(np.words)
    for s in recent:
        if len(np.words) >= 2 and s.key == key and s.cls is np.cls:
            # "مصادر مطلعة" ... "مصادر مطلعة": one description, one source (issue #9); a bare
            # "مصادر" twice says too little to be the same
            return s
    if np.cls is SourceClass.NAMED and np.words and np.words[0] in np.names:
        for s in recent:
            if s.cls is SourceClass.NAMED and np.words[0] in s.names:
                return s  # "وقال بخاري" after "رئيسها محمد بخاري": the name again
    if np.head is not None and np.head.cls in ("anonymous", "anonymous_if_indefinite", "vague") and (np.definite or np.marker):
        lemma = np.head.lemma
        same = [s for s in recent if lemma in s.lemmas]
        exact = [s for s in same if np.head.number in s.lemmas[lemma]]
        if exact or same:
            return (exact or same)[0]
        if lemma in lex.generic_lemmas or np.marker:
            # "المصدر ذاته" after "مسؤول عراقي": the last anonymous source,
            # else whoever spoke last ("وأوضح المصدر" after a named directorate)
            anon = [s for s in recent if s.cls is SourceClass.ANONYMOUS]
            # a plural "المصادر" is not the singular named speaker before it
            agree = [s for s in recent if _agree(np.number, s.number)]
            return (anon or agree)[0] if (anon or agree) else None
        return None
    if np.cls is SourceClass.NAMED:
        if np.last_word:
            for s in recent:
                if s.cls is SourceClass.NAMED and s.last_word == np.last_word:
                    return s
        if np.head is not None and np.head.cls == "named_titles" and np.definite and np.last_word == _bare(np.head.lemma, lex):
            for s in recent:
                if s.cls is SourceClass.NAMED and np.head.lemma in s.lemmas:
                    return s  # "الوزير" after "وزير العدل ... لوح"
    return None


def _inanimate(toks: list[_Tok], span: tuple[int, int], lex: CueLexicon) -> bool:
    """Information, reports, data: a source a preposition can cite but no one who "adds" or "sees"."""
    first = _first_content(toks, span, lex)
    head = head_of(first, lex) if first else None
    return (head is not None and head.inanimate) or _is_word_in(first, lex.evidence_nouns, lex)


def _antecedent_for_continuation(toks, m: _Mention, idx: int, mentions: list[_Mention], sources, lex: CueLexicon):
    """The source a continuation refers to, and the mention that made it the candidate."""
    sent = toks[m.cue.i].sent
    for prev in reversed(mentions[:idx]):
        psent = toks[prev.cue.i].sent
        if m.participle and psent != sent:
            break  # a participle continues its own clause's speaker
        if sent - psent > _CONTINUATION_REACH:
            break
        if prev.cue.prep is not None and prev.np is not None and _inanimate(toks, prev.np, lex):
            continue  # "وبحسب المعطيات المتداولة، يرفض بري ... ويرى": data do not go on speaking
        src = sources[prev.source_id]
        if _compatible(m.features, src.number):
            return src, prev
    return None, None


# ----------------------------------------------------------------- reasons

def _attach_reasons(ntext: str, toks: list[_Tok], mentions: list[_Mention], lex: CueLexicon) -> None:
    """A stated reason (or condition) of anonymity belongs to the last anonymous mention before it
    in its sentence; later mentions of that source carry it too (it was stated once for the source)."""
    if not mentions:
        return
    starts = [toks[m.cue.i].start for m in mentions]
    for pattern, attr in ((lex.reasons, "reason"), (lex.conditions, "condition")):
        if pattern is None:
            continue
        for r in pattern.finditer(ntext):
            best = None
            for k, m in enumerate(mentions):
                if starts[k] > r.start():
                    break
                if m.cls is SourceClass.ANONYMOUS and toks[m.cue.i].sent == _sent_at_char(toks, r.start()):
                    best = m
            if best is not None and getattr(best, attr) is None:
                setattr(best, attr, (r.start(), r.end()))
    for attr in ("reason", "condition"):
        stated: dict[int, tuple[int, int]] = {}
        for m in mentions:
            span = getattr(m, attr)
            if span is not None:
                stated.setdefault(m.source_id, span)
            elif m.source_id in stated:
                setattr(m, attr, stated[m.source_id])


def _sent_at_char(toks: list[_Tok], pos: int) -> int:
    lo, hi = 0, len(toks) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if toks[mid].start <= pos:
            lo = mid
        else:
            hi = mid - 1
    return toks[lo].sent if toks else -1


# -------------------------------------------------------------------- API

def detect_attributions(
    text: str, sentences: tuple[Sentence, ...], *, language: str = "ar", outlet: str = "",
    norm: Normalised | None = None,
) -> tuple[tuple[Attribution, ...], tuple[Source, ...]]:
    """Find attributions and the distinct sources behind them.

    ``outlet`` (optional) is the article's own outlet: a source speaking "to"
    it is first-hand reporting, not a relay.  ``norm``: ``normalise(text)``, when the caller
    already has it (the pipeline normalises once for attribution and facts).
    """
    lex = cue_lexicon(language)
    if norm is None:
        norm = normalise(text)
    toks = _tokens(norm.text, norm.index, sentences)
    if not toks:
        return (), ()
    cues = _find_cues(toks, lex)
    mentions = _build_mentions(toks, cues, lex, normalise_text(outlet).strip())
    states = _resolve(toks, mentions, lex)
    _attach_reasons(norm.text, toks, mentions, lex)

    def orig(a: int, b: int) -> tuple[int, int]:
        if b <= a:
            return norm.to_original(toks[a].start, toks[a].start)
        s, e = norm.to_original(toks[a].start, toks[b - 1].end)
        # normalisation deleted trailing marks (tanween in "مؤكداً"): they belong to the word
        while e < len(text) and not normalise_char(text[e]) and not text[e].isspace():
            e += 1
        return s, e

    attributions = []
    last_span: dict[int, tuple[int, int]] = {}  # source id -> latest explicit source span
    for m in mentions:
        cs, ce = orig(m.cue.i, m.cue.j)
        if m.np is not None:
            ss, se = orig(*m.np)
            last_span[m.source_id] = (ss, se)
            start, end = min(cs, ss), max(ce, se)
        else:
            # a continuation points at the words that named its speaker ("وأضافت"
            # -> "المصادر"); with none (an agentless passive, "وأُعلن عن مقتل"), the
            # source is unknown: an empty span, shown as "unclear", never the cue word itself
            if m.implicit is not None:
                last_span[m.source_id] = orig(*m.implicit)
            ss, se = last_span.get(m.source_id, (cs, cs))
            start, end = cs, ce
        via = ""
        if m.via is not None:
            vs, ve = orig(*m.via)
            via = _strip_outlet(text[vs:ve], lex)
        reason = condition = ""
        if m.reason is not None:
            rs, re_ = norm.to_original(*m.reason)
            reason = text[rs:re_]
        if m.condition is not None:
            rs, re_ = norm.to_original(*m.condition)
            condition = text[rs:re_]
        attributions.append(Attribution(
            start=start, end=end, cue=text[cs:ce], cue_start=cs, cue_end=ce,
            source=text[ss:se], source_start=ss, source_end=se, source_class=m.cls,
            sentence=sentence_at(sentences, cs), source_id=m.source_id, via=via,
            reason_given=bool(reason), reason=reason, condition_given=bool(condition), condition=condition,
            cue_kind="continuation" if m.np is None else (
                "preposition" if m.cue.prep else "verbal_noun" if m.cue.noun else "verb"),
            source_number=m.number,
        ))
    # a source relayed once is relayed: copy its via to the other mentions' Source record
    sources = []
    for s in states:
        ms = [attributions[k] for k in s.mentions]
        label = next((a.source for a in ms if a.cue_kind != "continuation"), "")
        sources.append(Source(
            id=s.id, label=label, source_class=s.cls, mentions=tuple(s.mentions),
            via=next((a.via for a in ms if a.via), ""), reason_given=any(a.reason_given for a in ms),
            condition_given=any(a.condition_given for a in ms),
        ))
    return tuple(attributions), tuple(sources)


def _strip_outlet(s: str, lex: CueLexicon) -> str:
    """'وكالة “رويترز”' -> 'رويترز': keep the outlet's name only."""
    words = s.replace("“", " ").replace("”", " ").replace('"', " ").replace("«", " ").replace("»", " ").split()
    while words and _bare(normalise_text(words[0]), lex) in lex.outlet_markers:
        words = words[1:]
    if words and normalise_text(words[0]).startswith(lex.addressee_prefix) and \
            normalise_text(words[0])[len(lex.addressee_prefix):] in lex.agencies:
        words[0] = words[0][len(lex.addressee_prefix):]
    return " ".join(words).strip("،,. ")
