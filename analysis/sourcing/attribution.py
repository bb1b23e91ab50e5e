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

from itertools import compress, count
from operator import itemgetter

from analysis.records import Attribution, Sentence, Source
from analysis.sourcing.cues import cue_lexicon, CueLexicon, strip_proclitic
from analysis.text.segment import sentence_at
from analysis.text.textnorm import normalise, normalise_char, normalise_text, Normalised
from analysis.sourcing.tokens import _Tok, _tokens
from analysis.sourcing.cue import _Cue, _find_cues
from analysis.sourcing.relay import _closing_interview_via, _strip_outlet
from analysis.sourcing.mention import _build_mentions
from analysis.sourcing.source import _attach_reasons, _obtained_class, _withhold_names
from analysis.sourcing.coreference import _resolve
from analysis.text.grammar import grammar


def _first_person(text: str, norm: Normalised, toks: list[_Tok], c: _Cue, lex: CueLexicon) -> bool:
    """"وأعتقد أننا سنشهد": written with its hamza, the form-VIII/X verb (اعتقد، اعتبر) is the first person
    imperfect, the writer's or speaker's own view, not a report of someone; normalised away, the hamza is read
    from the original text. With a subject after it ("وأعتبر الوزير أن", the past misspelt) it is left alone: only
    a that-word right after the verb counts."""
    if c.verb is None or c.verb.lemma not in lex.first_person_lemmas or c.j >= len(toks) \
            or toks[c.j].text not in lex.complementizers or toks[c.j].sent != toks[c.i].sent:
        return False
    s, e = norm.to_original(toks[c.i].start, toks[c.i].end)
    raw = text[s:e]
    return raw.startswith(lex.first_person_marks) or (
        raw.startswith(lex.proclitics) and raw[1:].startswith(lex.first_person_marks))


def _noun_cased(text: str, norm: Normalised, toks: list[_Tok], c: _Cue, lex: CueLexicon) -> bool:
    """A finite verb cue whose original word carries tanween («أجرينا كشفاً موقعياً»، «أجرى كشفاً للموقع»): only a
    noun takes tanween, so the word is the verbal noun (an examination), not «كشف» (revealed); participles
    («مؤكداً») are nouns by form and keep it. Read only on a cue already found."""
    if not lex.noun_case_marks or c.verb is None or c.verb.participle:
        return False
    s, e = norm.to_original(toks[c.i].start, toks[c.i].end)
    while e < len(text) and not normalise_char(text[e]) and not text[e].isspace():
        e += 1  # the mark at the word's end was deleted with nothing after it
    return any(ch in lex.noun_case_marks for ch in text[s:e])


def _unmarked(text: str, norm: Normalised, toks: list[_Tok], lex: CueLexicon) -> frozenset[int]:
    """Tokens of a verb that is a cue only with a mark normalisation deletes (``raw_mark``: the shadda of «عدّ»,
    considered) whose original text lacks it: «وعد» is then "promised", «وعدّ المجلس … إقرار القانون إمعانا» a view.
    Only the listed forms are looked at (a set probe per token)."""
    if not lex.raw_mark_forms:
        return frozenset()
    out = set()
    for k in compress(count(), map(lex.raw_mark_forms.__contains__, map(itemgetter(0), toks))):
        key, _ = strip_proclitic(toks[k].text, lex.verbs, lex.proclitics)
        s, e = norm.to_original(toks[k].start, toks[k].end)
        while e < len(text) and not normalise_char(text[e]) and not text[e].isspace():
            e += 1  # a mark at the word's end ("وعدّ") was deleted with nothing after it
        verb = lex.verbs[key]
        if verb.raw_mark and verb.raw_mark not in text[s:e]:
            out.add(k)
        raw = text[s:e]
        if verb.raw_not_initial and (raw.startswith(verb.raw_not_initial) or (
                raw[:1] in lex.proclitics and raw[1:].startswith(verb.raw_not_initial))):
            out.add(k)  # "إبان الحرب الباردة": the particle 'during', not «أبان» (explained)
    return frozenset(out)


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
    toks = _tokens(norm.text, norm.index, sentences, grammar(language))
    if not toks:
        return (), ()
    cues = [c for c in _find_cues(toks, lex, _unmarked(text, norm, toks, lex))
            if not _first_person(text, norm, toks, c, lex) and not _noun_cased(text, norm, toks, c, lex)]
    mentions = _build_mentions(toks, cues, lex, normalise_text(outlet).strip())
    states = _resolve(toks, mentions, lex)
    _closing_interview_via(toks, mentions, lex, normalise_text(outlet).strip())
    _withhold_names(norm.text, toks, mentions, states, lex)
    _obtained_class(toks, mentions, states, lex)
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
