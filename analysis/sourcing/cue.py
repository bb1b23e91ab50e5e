"""Attribution stage 1: finding the cue words (reporting verbs, prepositions such as بحسب,
verbal nouns with their own source, pronoun prepositions such as حسبهم) in the tokens.

Package-private, used by ``analysis.sourcing.attribution``.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, count
from operator import itemgetter

from analysis.sourcing.cues import CueLexicon, head_of, names_next, PrepCue, strip_proclitic, VerbCue
from analysis.sourcing.tokens import _is_word_in, _same_sentence, _Tok


_text = itemgetter(0)  # _Tok.text


@dataclass(frozen=True)
class _Cue:
    i: int  # first token
    j: int  # one past the last cue token
    verb: VerbCue | None = None
    prep: PrepCue | None = None
    pronoun_features: str = ""  # حسبهم: continuation with these features
    who: bool = False  # "وثمة من يقول": the source is the word من before the verb
    noun: bool = False  # a verbal noun of saying with its own source ("مع تأكيد عضو مجلس")


def _find_cues(toks: list[_Tok], lex: CueLexicon, unmarked: frozenset[int] = frozenset()) -> list[_Cue]:
    """The cues in ``toks``; ``unmarked``: tokens of a verb that is a cue only with a mark the normalised text
    lost and their original text lacks ("وعد" promised, not "وعدّ" considered), never read as that verb."""
    cues: list[_Cue] = []
    skip: set[int] = set()  # participles that restate a verb before them
    n = len(toks)
    i = 0  # the first token not read yet (a cue may read several)
    # only a trigger word can start a cue: those tokens are picked out at C level, and the loop
    # visits them alone, in order (it used to visit all ~500 tokens and punctuation marks)
    for c in compress(count(), map(lex.triggers.__contains__, map(_text, toks))):
        if c < i:
            continue
        i = c
        t = toks[i].text
        cue = _prep_at(toks, i, lex) or (None if i in unmarked else _verb_at(toks, i, lex)) \
            or _verbal_noun_at(toks, i, lex, cues)
        if cue is None:
            key, _ = strip_proclitic(t, lex.pronoun_preps, lex.proclitics)
            if key:
                cue = _Cue(i, i + 1, pronoun_features=lex.pronoun_preps[key])
        if cue is not None and _first_person_belief(toks, cue, cues, lex):
            cue = None  # 'وأضاف فان جال “اعرفه جيدا واعتقد أننا …”': the speaker's own "I think"
            i += 1
            continue
        if cue is not None:
            cues.append(cue)
            i = cue.j
            if cue.verb is not None and not cue.verb.participle and i < n and _same_sentence(toks, i - 1, i):
                # "ويضيف قائلاً:": one utterance, the participle only restates the verb
                k2, _ = strip_proclitic(toks[i].text, lex.verbs, lex.proclitics)
                if k2 and lex.verbs[k2].participle:
                    i += 1
                else:
                    restated = _restating_participle(toks, i, lex) or _participle_complement(toks, cue, lex)
                    if restated is not None:
                        skip.add(restated)
        else:
            i += 1
    return [c for c in cues if c.i not in skip]


def _first_person_belief(toks: list[_Tok], cue: _Cue, cues: list[_Cue], lex: CueLexicon, reach: int = 80) -> bool:
    """A believing verb spelled like the first person (اعتقد = أعتقد once hamza is normalised) inside a
    quotation opened after the last cue: the quoted speaker's own belief, not a report."""
    v = cue.verb
    if v is None or v.participle or v.lemma not in lex.belief_lemmas:
        return False
    word, _ = strip_proclitic(toks[cue.i].text, lex.verbs, lex.proclitics)
    if not lex.first_person_prefix or not word.startswith(lex.first_person_prefix) or not (_same_sentence(toks, cue.i, cue.j) and toks[cue.j].text in lex.complementizers):
        return False  # ("واعتبر جاموس أن": a subject after the verb makes it the third person)
    start = cues[-1].j if cues else 0
    if cue.i - start > reach:
        return False
    return sum(1 for k in range(start, cue.i) if toks[k].text == '"') % 2 == 1


def _verbal_noun_at(toks: list[_Tok], i: int, lex: CueLexicon, cues: list[_Cue]) -> _Cue | None:
    key, _ = strip_proclitic(toks[i].text, lex.verbal_nouns, lex.proclitics)
    if not key or toks[i].text.startswith(lex.definite_prefixes):
        return None  # "البيان": a statement already introduced, not one with its source
    last = cues[-1] if cues else None
    if last is not None and last.verb is not None and _same_sentence(toks, last.i, i) and i - last.j <= 4:
        return None  # "وقال في بيان له", "أكد في تصريح": the verb already reports it
    if last is not None and last.prep is not None and last.j == i:
        return None  # "وبحسب بيان رئاسة الإقليم": the statement is the preposition's source
    if _paired_noun(toks, i, lex):
        return None
    return _Cue(i, i + 1, noun=True)


def _paired_noun(toks: list[_Tok], i: int, lex: CueLexicon) -> bool:
    """"لا يمكنه تأكيد أو نفي الوفيات": a word after "أو" and a verbal noun of saying is a verbal noun too
    (نفي is also the verb نفى); the pair names acts, and what follows is their object, not a source."""
    return i >= 2 and _same_sentence(toks, i - 2, i) and toks[i - 1].text in lex.or_words \
        and bool(strip_proclitic(toks[i - 2].text, lex.verbal_nouns, lex.proclitics)[0])


def _restating_participle(toks: list[_Tok], j: int, lex: CueLexicon) -> int | None:
    """"وواصل هيرشمان حديثه أمام اللجنة قائلاً إن": a saying participle later in the verb's own
    clause (only words between, no comma, no other cue word) restates it."""
    commas = 0
    n = len(toks)
    if not 1 <= j <= n:
        return None  # (no token before j: nothing is in its sentence)
    sent = toks[j - 1].sent  # (_same_sentence(toks, j - 1, k) for every k of the window, read once)
    for k in range(j, min(n, j + lex.restating_window)):
        t = toks[k]
        text = t.text
        same = t.sent == sent
        if same and text in lex.clause_commas:
            commas += 1  # "كتب المحلل السياسي، ماجد بهاء الدين، قائلاً": an apposition between two commas
            continue
        if same and text == '"':
            continue  # 'وبيّن "العطاس" قائلاً:': the speaker's quoted name
        if not same or not t.word:
            return None
        if text in lex.restating_participles:
            # (one comma opens a clause of its own: "شكك في مستقبل الجزائر، قائلاً" goes on speaking)
            return k if commas % 2 == 0 else None
        if text in lex.triggers or text in lex.complementizers:
            return None
    return None


def _participle_complement(toks: list[_Tok], cue: _Cue, lex: CueLexicon) -> int | None:
    """'وغرّد على حسابه في "تويتر" قائلاً:': a verb completed by a saying participle (كتب، غرّد … قائلاً)
    says it once; the participle in its window is that complement, not a speaker going on."""
    v = cue.verb
    if v is None or not v.complements:
        return None
    window = v.complement_window or lex.complement_window
    for k in range(cue.j, min(len(toks), cue.j + window)):
        if not _same_sentence(toks, cue.i, k) or toks[k].text in lex.complementizers:
            return None
        if toks[k].text in v.complements and toks[k].text in lex.verbs and lex.verbs[toks[k].text].participle:
            return k
    return None


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


def _clause_after_subject(toks: list[_Tok], i: int, lex: CueLexicon, reach: int = 8) -> bool:
    """A that-clause right after the verb at ``i`` (past a comma), or after a short subject that opens with a
    source word and joins nothing with و ("بين المصدر أن", "بين عامل في أحد المكاتب، أنه"; not "بين المصدر
    والوزارة": between)."""
    k = i + 1
    if k < len(toks) and _same_sentence(toks, i, k) and toks[k].text in lex.clause_commas:
        k += 1
    if k < len(toks) and _same_sentence(toks, i, k) and toks[k].text in lex.complementizers:
        return True
    if k >= len(toks) or not _same_sentence(toks, i, k) or not toks[k].word or head_of(toks[k].text, lex) is None:
        return False
    for m in range(k + 1, min(len(toks), k + reach)):
        if not _same_sentence(toks, i, m):
            return False
        t = toks[m].text
        if t in lex.complementizers:
            return True
        if t in lex.clause_commas:
            continue
        if t in lex.np_stop:
            return False  # "بين المسؤولين خلاف على أن": a preposition of its own, no subject of a verb
        if not toks[m].word or (t[:1] in lex.proclitics and (t[1:].startswith(lex.definite_prefixes) or head_of(t[1:], lex) is not None)):
            return False  # "بين المصدر والوزارة", a quote or a bracket: no subject of a verb
    return False


def _relative_view(toks: list[_Tok], i: int, verb: VerbCue, prev: str, nxt: str, lex: CueLexicon) -> bool:
    """Whether a verb of considering at ``i`` with its object pronoun is a view held by a subject still to come:
    after a relative or a what-word («الذي اعتبره التقرير دليلا», «مما اعتبرته تعريفا فضفاضا») or with a definite
    subject right after it («اعتبرتها المنظمة جرائم حرب»); ``relative_object`` verbs, past forms only.  ``prev``
    and ``nxt``: the words either side of it in its sentence ("" at its edges)."""
    return (verb.relative_object and verb.suffixed and not toks[i].text.startswith(lex.imperfect_prefixes)
            and (prev in lex.relative_pronouns or prev in lex.what_words or prev in lex.fact_relatives
                 or (nxt.startswith(lex.definite_prefixes) and not verb.relative_object_after_relative))) or _crowd_view(toks, i, verb, prev, nxt, lex)


def _crowd_view(toks: list[_Tok], i: int, verb: VerbCue, prev: str, nxt: str, lex: CueLexicon) -> bool:
    """«مما اعتقد البعض», «التي عبر عنها البعض»: after a relative or a what-word, a word of an unspecified crowd
    (``crowd_subjects``) right after the verb, or after its resumptive (``crowd_resumptives``), is its subject: the
    relative clause holds the crowd's view, not its antecedent's (participles aside)."""
    if verb.participle or not nxt or not (prev in lex.relative_pronouns or prev in lex.what_words or prev in lex.fact_relatives):
        return False
    if nxt in lex.crowd_resumptives and _same_sentence(toks, i, i + 2):
        nxt = toks[i + 2].text
    return nxt in lex.crowd_subjects


def _in_title(toks: list[_Tok], i: int, lex: CueLexicon, reach: int = 6) -> bool:
    """The word at ``i`` is inside a quoted or bracketed title opened right after a title word, a colon between
    allowed ("تحت عنوان : (التعليم : تشكو تسرب …)", 'بعنوان "الوزير يؤكد …"'), within ``reach`` tokens."""
    if not 0 <= i < len(toks):
        return False
    sent = toks[i].sent  # (_same_sentence(toks, k, i) for every k before it, read once)
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        t = toks[k]
        if t.sent != sent or t.text == ")":
            return False
        if t.text in ('"', "("):
            b = k - 1
            if b >= 0 and toks[b].text == ":":
                b -= 1
            return b >= 0 and toks[b].sent == sent and toks[b].text in lex.title_words
    return False


def _feeling_marker_within(toks: list[_Tok], i: int, j: int, verb: VerbCue, reach: int = 8) -> bool:
    """The verb's marker (عن) with one of its feeling nouns right after it, within ``reach`` tokens from ``j`` in the
    sentence of token ``i`` («وعبرت عن القلق», «عبر الاتحاد الأوروبي أمس عن أمله»): an expressed feeling, which
    only the verb takes (the preposition عبر 'through' is followed by its channel, not by «عن قلقه»)."""
    if not verb.feeling_objects:
        return False
    return any(toks[k].text in verb.object_markers and toks[k + 1].text in verb.feeling_objects
               for k in range(j, min(len(toks) - 1, j + reach)) if _same_sentence(toks, i, k + 1))


def _verb_at(toks: list[_Tok], i: int, lex: CueLexicon) -> _Cue | None:
    key, _ = strip_proclitic(toks[i].text, lex.verbs, lex.proclitics)
    if not key:
        return None
    verb = lex.verbs[key]
    if lex.title_words and _in_title(toks, i, lex):
        return None  # "تحت عنوان : (التعليم : تشكو تسرب …)": a headline's wording, no report
    if names_next(toks, i, lex):
        return None  # "أحد الشهود، ويدعى عبد الناصر": is called, not claims
    prev = toks[i - 1].text if _same_sentence(toks, i - 1, i) else ""
    if verb.initial_only and _same_sentence(toks, i - 1, i) and not strip_proclitic(prev, lex.pluperfect_particles, lex.proclitics)[0] \
            and not (_same_sentence(toks, i, i + 1) and toks[i + 1].text in lex.complementizers and prev in lex.clause_commas) \
            and prev not in lex.fronted_openers \
            and not (prev in lex.clause_commas and _same_sentence(toks, i - 2, i) and toks[i - 2].text in lex.fronted_openers) \
            and not (verb.clause_form and _clause_after_subject(toks, i, lex)) \
            and not (prev in lex.clause_commas and _feeling_marker_within(toks, i, i + 2, verb)):  # "من جانبه عبر المواطن …": after "on his part" it opens the clause; "…»، وعبر كيري عن أمله": a clause after a comma
        return None  # "بين X وبين Y": between; "وبيّن" explains only where it opens the sentence
    if verb.clause_form and not _clause_after_subject(toks, i, lex) and not (
            not _same_sentence(toks, i - 1, i) and toks[i].text.startswith(lex.proclitics)):
        return None  # bare "بين" ('between') is a cue only before its that-clause ("بين أنها", "بين المصدر أن")
    prev2 = toks[i - 2].text if _same_sentence(toks, i - 2, i) else ""
    who = prev in lex.existential_who and (prev2 in lex.existential_before or prev2 in lex.first_who)
    if prev in lex.noun_preceders and not who:
        return None  # "على علم بهذا الهجوم": a noun after a preposition
    if _paired_noun(toks, i, lex):
        return None
    that_next = _same_sentence(toks, i, i + 1) and toks[i + 1].text in lex.complementizers
    nxt = toks[i + 1].text if _same_sentence(toks, i, i + 1) else ""
    relative_view = _relative_view(toks, i, verb, prev, nxt, lex)
    if (prev in lex.fact_relatives and not relative_view) or (prev in lex.what_words and not verb.suffixed and (
            not prev2 or not toks[i - 2].word or prev2 in lex.fact_what_after
            or (that_next and prev2 not in lex.complementizers)) and _no_subject_after(toks, i, lex)):
        # "… مما يشير إلى أن", "…، ما يؤكد أن": the fact just stated points, no speaker
        # ("وهو ما يرى كثير من المصريين أنه": "what" is the object of a speaker named after the verb;
        # "… استعدادا للموسم المقبل ما يؤكد أن": with its that-word right after it, a clause's "ما يؤكد" is the fact)
        return None
    if verb.not_after_what and prev in lex.what_words:
        return None  # "على ما مضى من دعم": what has passed, no one went on to say anything
    if _thing_relative(toks, i, key, verb, lex):
        return None  # "الأمر الذي يؤكد عجز إيران", "المستندات التي تؤكد ذلك": a thing shows it, no speaker
    if prev and not verb.suffixed and not verb.participle and _is_word_in(prev, lex.speech_nouns, lex) \
            and not prev.startswith(lex.definite_prefixes) and toks[i - 1].word \
            and not (_same_sentence(toks, i, i + 1) and toks[i + 1].text in lex.pronoun_objects):
        return None  # "في بيان نُشر الأحد": describes the statement (a passive), no new report
        # ("في بيان شددت فيه أن", "تصريحات قال فيها": the statement in which the speaker said it)
    if prev in lex.reason_openers and verb.lemma in lex.belief_lemmas:
        return None  # "لأنها تعتقد أنها": the speaker's own reasoning, not a report
    if prev in lex.future_particles:
        return None  # "بأن إدارة النادي سوف تعلن عقب المواجهة عن": to be announced, nothing reported yet
    if prev in lex.negators and not verb.negatable:
        return None  # "لم تعلن أي جهة": a report that did not happen ("لم يستبعد" is one: negatable)
    subject_then_clause = nxt in lex.complementizers and toks[i - 1].word and bool(prev) \
        and not toks[i].text.startswith(lex.proclitics)
    described = bool(verb.prefix_complements) and prev in lex.relative_pronouns \
        and not toks[i].text.startswith(lex.imperfect_prefixes)  # "التي وصفها بالبطلة"
    # "ووصفها بأنها غير مسؤولة": describing it, with its that-clause, goes on from the last speaker
    described = described or (bool(verb.prefix_complements) and verb.suffixed and nxt in lex.complementizers)
    # "مما اعتبرته تعريفا فضفاضا", "القرار الذي اعتبروه «أحادي الجانب»": the pronoun takes up the relative; a view
    described = described or relative_view
    # "فيما اتهمهما آخر بمحاولة دهسه", "واتهموها بالتورط": an accusation of the one just named, its charge near
    described = described or (verb.suffixed and bool(verb.window_object_prefixes) and any(
        _same_sentence(toks, i, k) and toks[k].text.startswith(verb.window_object_prefixes)
        and len(toks[k].text) > 3 for k in range(i + 1, min(len(toks), i + 3))))
    if verb.suffixed and prev not in lex.what_words and not described \
            and not _source_noun_after(toks, i, lex, definite_ok=bool(verb.prefix_complements)) \
            and not subject_then_clause:
        return None  # "ومصادر وصفتها بالمقربة": verb + object, a cue only in "ما أكده <subject>"
        # or with its subject right after it ("حصيلة أعلنتها مصادر أمنية"), or its that-clause
        # with its subject right before it ("أن المملكة أبلغتها أنها ضخت"; "…، وأبلغهم أن" goes on, no report)
    if prev in lex.subjunctive and key.startswith(lex.imperfect_prefixes):
        return None  # "دون أن يعلم": "to know", not "learned"
    if verb.participle and prev and not (lex.accusative_ending and key.endswith(lex.accusative_ending)) \
            and not prev.startswith(lex.definite_prefixes) \
            and head_of(prev, lex) is not None:
        return None  # "مصادر مؤكدة": an adjective agreeing with an indefinite source noun, not "confirming"
    if verb.participle and prev in lex.copulas:
        return None  # "كما كان متوقعاً": a predicate adjective
    if not verb.participle and not verb.suffixed and verb.lemma in lex.document_content_lemmas \
            and toks[i].text.startswith(lex.imperfect_prefixes) \
            and (_indefinite_thing_before(toks, i, lex) or _document_noun_before(toks, i, lex)) \
            and not _source_noun_after(toks, i, lex):
        return None  # "تلقى بلاغاً يفيد بنشوب حريق": an adjectival clause on a document, no speaker
        # ("وتحت شعار جديد يوضح مسؤول في الوزارة أن": its subject after it, a report)
    if not verb.participle and not verb.suffixed and verb.lemma in lex.showing_lemmas \
            and toks[i].text.startswith(lex.imperfect_prefixes) and _showing_thing_before(toks, i, lex) \
            and not _source_noun_after(toks, i, lex):
        return None  # "يتضمن خططاً تؤكد استمرار الاستراتيجية": the plans show it, no speaker
    if not verb.participle and _hypothetical(toks, i, lex):
        return None  # "غياب أي بيان رسمي يوضح ملابسات": describes a statement that was not made
    if not verb.participle and prev in lex.unreal_markers:
        return None  # "بدا وكأنه يرى أن", "لو علمت بأنه", "وإذا رأى أنه من المناسب": as if / if, no one reported it
    if toks[i].text in lex.impersonal_verbs and nxt in lex.complementizers and prev and toks[i - 1].word and (
            prev in lex.feminine_relatives or (
                not prev.startswith(lex.definite_prefixes) and prev.endswith(lex.feminine_endings)
                and head_of(prev, lex) is None)):
        # "طائرات حربية يعتقد أنها تابعة", "الجماعات الكردية … والتي يعتقد أنها": a masculine verb cannot agree
        # with the feminine word before it, so it is the agentless passive ("is believed"), no one's report
        return None
    if toks[i].text in lex.impersonal_verbs and _suffixed_object_next(toks, i, lex):
        return None  # "الطلب على المياه يتوقع صعوده", "ويتوقع سده بعد اكتمال السد": its rise is expected (passive)
    if (toks[i].text, nxt) in lex.impersonal or (
            nxt in lex.complementizers and (not prev or toks[i].text.startswith(lex.proclitics))
            and any((toks[i].text, c) in lex.impersonal for c in lex.complementizers)):
        # "يذكر أن"; "ويعتقد أنه" opening its clause (after a subject, "خبير يعتبر أنه" is a report)
        return None  # impersonal, names no source
    return _Cue(i, i + 1, verb=verb, who=who)


def _suffixed_object_next(toks: list[_Tok], i: int, lex: CueLexicon) -> bool:
    """Right after the (masculine, impersonal) verb a noun with a pronoun suffix that is no source word, no
    that-word and no preposition: "صعوده", "سده" ("its rise is expected"): the thing expected, with no subject
    (a source word with a suffix, "خبراؤه", stays the subject)."""
    if i + 1 >= len(toks) or not _same_sentence(toks, i, i + 1) or not toks[i + 1].word:
        return False
    t = toks[i + 1].text
    if t.startswith(lex.definite_prefixes) or t in lex.complementizers or t in lex.pronoun_objects \
            or t in lex.np_stop or t in lex.np_first_stop or head_of(t, lex) is not None \
            or strip_proclitic(t, lex.verbs, lex.proclitics)[0]:
        return False
    if any(_same_sentence(toks, i, k) and toks[k].text in lex.complementizers for k in range(i + 2, min(len(toks), i + 5))):
        return False  # "ويعتقد أسامة أن", "ويتوقع سعادة السفير أن": a name or title (its ة normalised to ه), then
        # the that-clause: a report
    return any(t.endswith(suf) and len(t) - len(suf) >= 2 and head_of(t[:-len(suf)], lex) is None
               for suf in lex.noun_suffixes)


def _thing_relative(toks: list[_Tok], i: int, key: str, verb: VerbCue, lex: CueLexicon) -> bool:
    """An imperfect showing verb (يؤكد، توضح) right after a relative pronoun whose antecedent is a thing:
    "الأمر" or a word like it, an evidence noun, or a plural in ات that names no person or body
    ("التدخلات التي توضح سوء النية"; a human plural would take اللاتي)."""
    if verb.lemma not in lex.showing_lemmas or verb.suffixed or verb.participle \
            or not key.startswith(lex.imperfect_prefixes) or i < 2 or not _same_sentence(toks, i - 2, i) \
            or toks[i - 1].text not in lex.relative_pronouns:
        return False
    k = i - 2
    if toks[k].text in lex.clause_commas and k > 0 and _same_sentence(toks, k - 1, i):
        k -= 1  # "التجارب العالمية والتاريخية، التي تؤكد"
    ante = toks[k].text
    if not toks[k].word:
        return False
    if ante in lex.thing_antecedents or _is_word_in(ante, lex.evidence_nouns, lex):
        return True
    head = head_of(ante, lex)
    return bool(lex.thing_plural_endings) and ante.endswith(lex.thing_plural_endings) and (head is None or head.inanimate) \
        and ante.startswith(lex.definite_prefixes)


def _no_subject_after(toks: list[_Tok], i: int, lex: CueLexicon) -> bool:
    """The verb at ``i`` goes straight on to its that-clause, a particle or an object noun: no subject follows."""
    if not _same_sentence(toks, i, i + 1) or not toks[i + 1].word:
        return True
    t = toks[i + 1].text
    return t in lex.complementizers or t in lex.np_stop or t in lex.object_nouns


def _source_noun_after(toks: list[_Tok], i: int, lex: CueLexicon, *, definite_ok: bool = False) -> bool:
    """The word right after the verb is an anonymous or vague source noun ("أعلنتها مصادر أمنية",
    "عدها متابعون"): a subject that cannot be the verb's object. With ``definite_ok`` (a verb whose second
    object takes ب, وصف: its pronoun is the only bare object) a definite source noun or "أحد" is the subject
    too ("أياما تصفها المصادر الأمنية بأنها", "ببيان وصفه أحد النواب «بأطول …»")."""
    if not _same_sentence(toks, i, i + 1):
        return False
    t = toks[i + 1].text
    if definite_ok and t in lex.one_of:
        return True
    if t.startswith(lex.attached_preps) and t not in lex.heads:
        return False  # "إضافة لمسؤولين كرويين" (أضافه?): a ل/ب-phrase is no subject
    head = head_of(t, lex)
    # (a definite noun would be the object, unless the article is part of the listed word: "يعتبرها البعض")
    return head is not None and not head.adjectival and not head.inanimate and head.cls in ("anonymous", "anonymous_if_indefinite", "vague") \
        and (definite_ok or not t.startswith(lex.definite_prefixes) or t in lex.heads)


def _indefinite_thing_before(toks: list[_Tok], i: int, lex: CueLexicon) -> bool:
    """Right before the verb, in its clause, one to three words with no article, pronoun or particle, none of
    them a source word: an indefinite noun and its adjectives ("شهادة مطابقة", "بلاغاً"), which the verb
    describes."""
    n = 0
    for k in range(i - 1, max(-1, i - 4), -1):
        if not _same_sentence(toks, k, i) or not toks[k].word:
            break
        t = toks[k].text
        if t.startswith(lex.definite_prefixes) or t in lex.np_stop or t in lex.np_first_stop or t in lex.complementizers \
                or t in lex.pronoun_subjects or t in lex.relative_pronouns or t in lex.clause_boundaries \
                or t in lex.noun_preceders or t in lex.what_words or t.isdigit() \
                or strip_proclitic(t, lex.preps, lex.proclitics)[0]:
            break  # ("حسبما يفيد موقعها": according to what it states)
        if head_of(t, lex) is not None:
            return False  # "مصادر محلية تفيد بأن": the source and its adjective
        n += 1
    return n > 0 and (i - 1 - n < 0 or not _same_sentence(toks, i - 1 - n, i) or toks[i - 1 - n].word)


def _showing_thing_before(toks: list[_Tok], i: int, lex: CueLexicon) -> bool:
    """An imperfect showing verb (تؤكد، يوضح، تكشف) right after an indefinite noun phrase holding a word for a thing
    (an evidence noun, a plan or rule, a document): "يتضمن خططاً تؤكد استمرار", "نتائج مميزة تؤكد أن", "اطلعت
    على وثائق تؤكد أن". The thing shows it; no one is reported. A person or body word first ("مصادر مطلعة
    تؤكد") keeps the report."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if not _same_sentence(toks, k, i) or not toks[k].word:
            return False
        t = toks[k].text
        if t.startswith(lex.definite_prefixes) or t in lex.np_stop or t in lex.np_first_stop or t in lex.complementizers \
                or t in lex.pronoun_subjects or t in lex.relative_pronouns or t in lex.clause_boundaries \
                or t in lex.noun_preceders or t in lex.what_words or t.isdigit():
            return False
        bare = t[:-len(lex.accusative_ending)] if lex.accusative_ending and t.endswith(lex.accusative_ending) \
            and len(t) > 3 else t  # "خططاً"
        if any(_is_word_in(w, lex.evidence_nouns, lex) or _is_word_in(w, lex.non_source, lex)
               or _is_word_in(w, lex.showing_things, lex) for w in {t, bare}):
            return not _opening_phrase(toks, k, lex)  # ("وفي سياق متصل يؤكد رئيس اللجنة أن": a fronted phrase)
        head = head_of(t, lex)
        if head is not None and not head.inanimate:
            return False  # "مصادر محلية تؤكد"
    return False


def _opening_phrase(toks: list[_Tok], k: int, lex: CueLexicon) -> bool:
    """The word at ``k`` follows a preposition that opens its sentence or clause ("وفي سياق متصل", "، وفي إطار"): a
    fronted phrase, not a subject of the verb after it ("اطلعت على وثائق تؤكد": the preposition inside a clause)."""
    if k < 1 or not _same_sentence(toks, k - 1, k) or not toks[k - 1].word:
        return False
    prep = toks[k - 1].text
    bare = prep[1:] if prep[:1] in lex.proclitics and len(prep) > 2 else prep
    if prep not in lex.noun_preceders and bare not in lex.noun_preceders:
        return False
    return k - 2 < 0 or not _same_sentence(toks, k - 2, k) or not toks[k - 2].word


def _document_noun_before(toks: list[_Tok], i: int, lex: CueLexicon) -> bool:
    """An indefinite document noun (``document_nouns``: a call, a letter, a permit) a few words before the verb in
    its clause, with only words of a ل/من phrase, a quoted name or a comma between: "تلقت بلاغاً من خلال أبراج
    مراقبتها، يفيد بتحركات", "ترفع خطابا لاتحاد الكرة يفيد بالرفض", "تلقى مركز … في محافظة جدة بلاغاً يفيد". A
    verb, a that-word, a relative or a clause boundary on the way ends the search. The verb must agree with the
    noun ("خطابا للجهات ذات الاختصاص تشكو فيه": the ministry complains in it, a report)."""
    if not toks[i].text.startswith(lex.document_verb_prefixes):
        return False
    for k in range(i - 1, max(-1, i - 9), -1):
        if not _same_sentence(toks, k, i):
            return False
        t = toks[k].text
        if not toks[k].word:
            if t in lex.clause_commas or t in ('"', "«", "»"):
                continue
            return False
        if t in lex.document_through:
            continue
        if t in lex.complementizers or t in lex.relative_pronouns or t in lex.clause_boundaries \
                or t in lex.what_words or strip_proclitic(t, lex.verbs, lex.proclitics)[0]:
            return False
        if not t.startswith(lex.definite_prefixes) and _is_word_in(t, lex.document_nouns, lex):
            return True
    return False


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
