"""Attribution stage 6: linking mentions to distinct sources: the same description or name
again, a definite anonymous noun pointing back, a continuation inheriting the speaker.

Package-private, used by ``analysis.sourcing.attribution``.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter, methodcaller

from analysis.records import SourceClass
from analysis.sourcing.cues import CueLexicon, head_of, strip_proclitic
from analysis.sourcing.tokens import _bare, _is_word_in, _text, _Tok
from analysis.sourcing.phrase import _first_content, _person_after
from analysis.sourcing.mention import _Mention
from analysis.sourcing.source import _analyse_np, _family_name, _in_one_of, _name_word, _NP


# how many sentences back a pronoun continuation may look for its speaker
_CONTINUATION_REACH = 3
# the verb features that tell the singular genders apart
_GENDERS = {"ms", "fs"}


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
    surnames: frozenset[str] = frozenset()  # its family names with the article: "الجبوري" after "محمد الجبوري"
    # the words of every later description of a named source ("جوردون ديريك رئيس اتحاد الكاريبي" after "رئيس اتحاد
    # الكاريبي لكرة القدم"): an office or a body's noun said alone may point back at any of them
    descriptions: tuple[tuple[str, ...], ...] = ()
    impersonal: bool = False  # information, reports, the press: what a source word never points back to
    one_of: bool = False  # "أحد المحققين": one of a group, unnamed
    stated: bool = False  # it spoke in a statement ("في بيان", "بيان لوزارة"): "البيان" later is its statement
    genitive: str = ""  # the definite genitive its head was first said with ("مصادر الاحتلال": احتلال)
    spans: list[tuple[int, int]] = field(default_factory=list)  # the token spans of the phrases that named it
    aliases: frozenset[str] = frozenset()  # a short name in brackets after its phrase: "الاتحاد الدولي (الفيفا)"
    # a speaker met first as a continuation with no one to go on from: its sentence's tokens up to the cue, where the
    # article may have named it outside any report ("ودافع مخرج العمل أوس الشرقي عن البرنامج …، قائلاً")
    origin: tuple[int, int] | None = None


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


def _own_speaker(features: str) -> tuple[str, SourceClass]:
    """The number and class of a speaker a verb of these features names on its own, with no one met before: one
    person is named, a plural or dual a vague group."""
    number = {"p": "plural", "d": "dual"}.get(features, "singular")
    return number, SourceClass.NAMED if number == "singular" else SourceClass.VAGUE


_sent_of = attrgetter("sent")


def _resolve(toks: list[_Tok], mentions: list[_Mention], lex: CueLexicon) -> list[_SourceState]:
    sources: list[_SourceState] = []
    if not mentions:
        return sources
    # sentence -> its first token: the tokens' sentences read backwards into a dict at C level (an
    # earlier token's write comes later and wins), not a Python step per token (~400 an article)
    sents = list(map(_sent_of, toks))
    sent_start: dict[int, int] = dict(zip(reversed(sents), range(len(sents) - 1, -1, -1)))
    cue_starts = {m.cue.i for m in mentions}
    for idx, m in enumerate(mentions):
        if m.np is not None:
            target, np = _source_for_np(toks, m.np, sources, lex,
                                        m.cue.verb.complements if m.cue.verb is not None else frozenset())
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
                elif implicit is None and (opener := _opening_subject(toks, sent_start.get(sent, m.cue.i), m.cue.i, m.features,
                                                                        sources, lex, cue_starts)) is not None:
                    # "ورحب شلتوت بزيارة الوفد، مشيراً": the sentence's verb (no cue) has a speaker met before right
                    # after it; the participle goes on with that speaker (a link only: no new source)
                    target = opener
                elif implicit is None and (m.cue.i == sent_start.get(sent) or _subjectless_opening(
                        toks, sent_start.get(sent, m.cue.i), m.cue.i, lex)):
                    # "ومبيناً إلى أن …" opening its own sentence (a paragraph of a source's account) has no
                    # clause of its own either
                    # "وأشاد بجهود المقاومة …، مؤكداً أن": the sentence's verb names no subject, so
                    # the last speaker goes on
                    target, prev = _antecedent_for_continuation(toks, m, idx, mentions, sources, lex, own_clause=False)
                elif implicit is None:
                    # "وارتفع عدد أجهزة نقاط البيع …، مبينا أنه": the sentence's verb (no cue) has no person for its
                    # subject; the last speaker goes on, when it has the class a speaker of its own would have
                    # (a named one, or a vague group for a plural), so no class is taken from an earlier speaker
                    target, prev = _antecedent_for_continuation(toks, m, idx, mentions, sources, lex, own_clause=False)
                    if target is not None and (target.cls is not _own_speaker(m.features)[1] or (
                            m.via is None and prev is not None and prev.via is not None)):
                        target = prev = None
            elif target is not None and prev is not None and not m.participle and (opener := next(
                    (o for o in (_opening_subject(toks, sent_start.get(k, m.cue.i), m.cue.i, m.features, sources, lex,
                                                  cue_starts) for k in range(sent, toks[prev.cue.i].sent, -1))
                     if o is not None), None)) is not None:
                # "ودعا الوزير إلى … . وأضاف أن": a sentence after the last report opens with a verb (no cue) and a
                # speaker met before; the continuation goes on with that speaker
                target, prev = opener, None
            elif target is not None and prev is not None and sent - toks[prev.cue.i].sent >= 2:
                # a sentence in between may name a nearer subject ("كان قد اعلن" after a
                # sentence about رئيس الحكومة, not the agency two sentences back)
                between = list(range(sent - 1, toks[prev.cue.i].sent, -1))
                implicit = _implicit_subject(toks, between, sent_start, m.cue.i, m.features, lex, cue_starts)
            if not m.participle and same is None and m.cue.i > 0 and toks[m.cue.i - 1].sent == sent \
                    and toks[m.cue.i - 1].text in lex.own_sentence_linkers:
                # "… على وقع رفض فصائل مسلحة للنتائج … حيث يقولون إنها مزورة": حيث explains its own sentence,
                # so its speaker is named there (or is no one met before), not the last speaker of the text
                implicit = _implicit_subject(toks, [sent], sent_start, m.cue.i, m.features, lex, cue_starts)
                target = prev = None
            if implicit is None and same is None and not m.participle and (prev is None or toks[prev.cue.i].sent != sent) \
                        and (verb := _opening_clause_verb(toks, sent_start.get(sent, m.cue.i), m.cue.i, lex)) is not None:
                # "كما اعتقلت الشرطة رجلا … وقالت انها", "ونشر ناشطون … تسجيلا قالوا إنه": a report in the middle of a
                # sentence that opened with a verb (no cue) goes on with that verb's subject, right after it, not the
                # last speaker
                implicit = _implicit_subject(toks, [sent], {sent: verb + 1}, m.cue.i, m.features, lex, cue_starts)
                if implicit is not None and implicit[0] != verb + 1:
                    implicit = None
            if implicit is None and same is None and prev is not None and toks[prev.cue.i].sent != sent \
                    and _opens_with(toks, sent_start.get(sent, m.cue.i), m.cue.i, lex.new_speaker_openers):
                # "من جهته، أثنى د. البوسعيدي على جهود الجمعية، وقال": "on his part" turns to a speaker other than
                # the last one; a speaker of its own (joined by a later report that names it, as any nameless one)
                target = prev = None
            if implicit is not None:
                m.implicit = implicit
                target, _ = _source_for_np(toks, implicit, sources, lex)
                prev = None
            if m.unnamed:
                target, prev = _new_source(sources, SourceClass.ANONYMOUS, "unknown"), None
            if target is None:
                number, cls = _own_speaker(m.features)
                target = _new_source(sources, cls, number)
                target.origin = (sent_start.get(sent, m.cue.i), m.cue.i)
            elif m.via is None and target.mentions:
                m.via = mentions[target.mentions[-1]].via  # a relayed speaker goes on being relayed
            m.cls, m.number = target.cls, target.number
        target.mentions.append(idx)
        if m.np is not None:
            target.spans.append(m.np)
        m.source_id = target.id
        if not target.stated and lex.statement_forms:
            # the statement word in the phrase read as the source or just after it ("قالت الوزارة في بيان",
            # "بحسب بيان لأمانة المجلس"), not anywhere in the sentence
            sent, end = toks[m.cue.i].sent, max(m.np[1] if m.np else 0, m.cue.j) + lex.statement_reach
            target.stated = any(toks[k].text in lex.statement_forms for k in range(min(m.np[0] if m.np else m.cue.i, m.cue.i),
                                                                                  min(end, len(toks)))
                                if toks[k].sent == sent)
    return sources


def _source_for_np(toks: list[_Tok], span: tuple[int, int], sources: list[_SourceState], lex: CueLexicon,
                   complements: frozenset[str] = frozenset()):
    np = _analyse_np(toks, span, lex)
    target = _antecedent_for_np(np, sources, lex, complements)
    if target is None and span[1] - span[0] >= 2 and toks[span[0]].text.startswith(lex.definite_prefixes) \
            and not toks[span[0] + 1].text.startswith(lex.definite_prefixes) and toks[span[0] + 1].word:
        # "وأكدت الوزارة احتواء الترميز …" after "وزارة التجارة": the phrase ran into the object (an indefinite word
        # right after the definite head); the head alone points back
        np1 = _analyse_np(toks, (span[0], span[0] + 1), lex)
        if np1.cls is SourceClass.NAMED and toks[span[0] + 1].text not in lex.given_names \
                and toks[span[0]].text not in lex.honorifics:
            target = _antecedent_for_np(np1, sources, lex, complements)
            if target is not None and target.cls is not SourceClass.NAMED:
                target = None
    if target is None and np.cls is SourceClass.NAMED and (np.head is None or np.head.cls == "named_titles") \
            and (np.definite or np.definite_word) and not np.names and len(np.words) <= lex.title_again_max:
        # "وقال رئيس الوزراء" after "تعهد رئيس الوزراء البريطاني، ديفيد كاميرون" (no report) and "وقال كاميرون": the
        # office said with the name of a person met before, outside any report; a word no lexicon calls an office
        # only where it was said in construct ("ونفى المخرج" after "ودافع مخرج العمل أوس الشرقي"), not a body or a
        # family name said with the article ("الشركة", "العمير")
        target = _office_named_in_text(toks, span, np.words, sources, lex, construct_only=np.head is None)
    if target is None and np.words:
        # "وأكد الشرقي" after "ودافع مخرج العمل أوس الشرقي عن البرنامج …، قائلاً": the speaker a continuation went on
        # from, named in its sentence outside the report
        target = _named_at_origin(toks, np, sources, lex)
    if target is None and np.cls is SourceClass.NAMED and len(np.words) == 1 and np.definite_word and np.head is None \
            and lex.name_after_source_reach:
        # "وأوضح الفالح" after "وأكد مستشار أمير منطقة مكة المكرمة المشرف العام على وكالة التنمية … د. هشام الفالح أن":
        # the family name said in the words after a source phrase, before its report's that-word, is that source's
        target = _name_after_source(toks, span, np.words[0], sources, lex)
    if target is None:
        cls = np.cls
        if len(np.words) == 1 and strip_proclitic(np.words[0], lex.another_words, lex.proclitics)[0]:
            # "فيما قال آخر", "وآخر يقول": another one of those just quoted, unnamed
            some = any(toks[k].text in lex.another_after_some for k in range(span[0] - 1, -1, -1)
                       if toks[k].sent >= toks[span[0]].sent - 1)  # (its sentence or the one before)
            cls = SourceClass.VAGUE if some or (sources and sources[-1].cls is SourceClass.VAGUE) else SourceClass.ANONYMOUS
            first = next((s for s in reversed(sources) if s.key in lex.first_ordinals), None) if np.definite_word else None
            if first is not None:
                cls = first.cls  # "يؤكد الأول …، فيما أكد الآخر": the other of the two just named
        number = np.number
        if cls is SourceClass.ANONYMOUS and np.head is not None and not np.head.inanimate and _name_between_commas(toks, span, lex):
            # "وقال عضو مجلس المحافظة والمتحدث الرسمي باسم المجلس، عيد عمّاش، في حديث": the person's name in
            # apposition between commas says who the office holder is
            cls, number = SourceClass.NAMED, "singular"
        target = _new_source(sources, cls, number)
        target.lemmas = {k: set(v) for k, v in np.lemmas.items()}
        target.last_word = np.last_word if np.head is None or np.cls is SourceClass.NAMED else ""
        target.key = " ".join(np.words)
        target.genitive = np.genitive
        target.names = np.names if np.cls is SourceClass.NAMED else frozenset()
        target.surnames = np.surnames
        if cls is SourceClass.NAMED:
            # "وقال نائب مدير المستشفى، الدكتور يوسف تكروري، إن": the person's name in apposition after the
            # office, past the phrase read as the source, is how the article calls the person later ("وأوضح تكروري")
            names, surnames = _appositive_names(toks, span, lex)
            target.names, target.surnames = target.names | names, target.surnames | surnames
            if not target.names and not target.surnames and (np.head is None or np.head.cls == "named_titles") \
                    and (np.definite or np.definite_word) and len(np.words) <= lex.title_again_max:
                # "وقال الأمين العام" after "واستقبل الأمين العام لمجلس التعاون عبداللطيف الزياني …" (no report):
                # the office's holder named earlier in the text, outside any report, is who "وأضاف الزياني" is later
                target.names, target.surnames = _holder_named_in_text(toks, span, np.words, lex,
                                                                      construct_only=np.head is None)
        target.aliases = _bracketed_alias(toks, span, lex)
        target.impersonal = np.head is not None and (np.head.inanimate or np.head.lemma in lex.media_lemmas)
        target.one_of = bool(np.words) and np.words[0] in lex.one_of
    elif np.cls is SourceClass.NAMED and target.cls is SourceClass.NAMED:
        # a named source named again with more of its name ("أبلغ جوردون ديريك رئيس اتحاد الكاريبي" after "قال رئيس
        # اتحاد الكاريبي لكرة القدم") is later called by that name ("وقال ديريك")
        # (only a phrase that opens with a name: words after an office can be anything, and a source with names
        # no longer takes an unnamed "الأعضاء" pointing back at it)
        if np.words and np.words[0] in np.names:
            target.names, target.surnames = target.names | np.names, target.surnames | np.surnames
        if len(np.words) >= 2:
            target.descriptions = target.descriptions + (np.words,)
    elif not target.lemmas and np.cls is SourceClass.ANONYMOUS and target.cls is SourceClass.ANONYMOUS:
        # "وعلمت «عكاظ» أن …، وقالت المصادر": sources first met with no words take the words that
        # name them next, so that a later "وأضافت المصادر" finds them again
        target.lemmas = {k: set(v) for k, v in np.lemmas.items()}
    return target, np


def _bracketed_alias(toks: list[_Tok], span: tuple[int, int], lex: CueLexicon) -> frozenset[str]:
    """One or two words in brackets right after the source phrase ("الاتحاد الدولي لكرة القدم (الفيفا)", "منظمة
    البلدان المصدرة للبترول (أوبك)"): the short name the article may use later, bare."""
    k = span[1]
    if k >= len(toks) or toks[k].text not in lex.alias_brackets:
        return frozenset()
    close = lex.alias_brackets[toks[k].text]
    for e in (k + 2, k + 3):
        if e < len(toks) and toks[e].text == close and all(toks[x].word for x in range(k + 1, e)):
            return frozenset(_bare(toks[x].text, lex) for x in range(k + 1, e)) if e == k + 2 else \
                frozenset({" ".join(_bare(toks[x].text, lex) for x in range(k + 1, e))})
    return frozenset()


def _opens_with(toks: list[_Tok], start: int, limit: int, phrases: frozenset[tuple[str, ...]]) -> bool:
    """The sentence from ``start`` opens with one of ``phrases`` (token texts), before ``limit``."""
    return any(start + len(p) <= limit and tuple(toks[start + x].text for x in range(len(p))) == p for p in phrases)


def _named_at_origin(toks: list[_Tok], np: _NP, sources: list[_SourceState], lex: CueLexicon) -> _SourceState | None:
    """The nameless speaker of a continuation (of the phrase's class and number) whose sentence, before its cue, holds
    the phrase's words one after another, or its family name, or None."""
    n = len(np.words)
    for s in reversed(sources):
        if s.origin is None or s.key or not _agree(s.number, np.number) or s.cls is not np.cls:
            continue  # (a group too: "وأبدى الزوار إعجابهم …، مؤكدين" then "وقال الزوار")
        a, b = s.origin
        # (not a word in quotes or told something: "قال لـ«عكاظ»" names the outlet, not the speaker)
        bare = [_bare(toks[k].text, lex) if k == 0 or (toks[k - 1].word and toks[k - 1].text != lex.addressee_prefix)
                else "" for k in range(a, b)]
        if any(tuple(bare[k:k + n]) == np.words for k in range(len(bare) - n + 1)) or (
                np.last_word in bare and (np.last_word in np.surnames or np.surname_only)):
            return s
    return None


def _name_after_source(toks: list[_Tok], span: tuple[int, int], word: str, sources: list[_SourceState],
                       lex: CueLexicon) -> _SourceState | None:
    """The named singular source one of whose phrases is followed, within ``name_after_source_reach`` words of its
    sentence and before any that-word, by ``word`` with the article (a family name the phrase read as the source
    cut off); the nearest such phrase first, or None."""
    best: tuple[int, _SourceState] | None = None
    for s in sources:
        if s.cls is not SourceClass.NAMED or s.number != "singular" or not s.mentions:
            continue
        document = s.key.split()[0] in lex.body_document_nouns if s.key else False
        for a, b in s.spans:
            if b > span[0] or (best is not None and b <= best[0]):
                continue
            for k in range(b, min(b + lex.name_after_source_reach, span[0], len(toks))):
                t = toks[k]
                if t.sent != toks[a].sent or t.text in lex.complementizers:
                    break
                if t.text.startswith(lex.definite_prefixes) and _bare(t.text, lex) == word and (document or (
                        k > 0 and (_given_name_before(toks[k - 1], lex) or toks[k - 1].text in lex.honorifics) and not (
                            k + 1 < len(toks) and toks[k + 1].sent == t.sent and toks[k + 1].word
                            and toks[k + 1].text not in lex.complementizers and _given_name_before(toks[k + 1], lex)))):
                    # (it ends a name: not "اللاعب عبدالعزيز الجبرين"; after a document, the body that issued it:
                    # "وأوضحت المؤسسة" after "تقرير «مناخ الاستثمار» الصادر عن المؤسسة العربية لضمان الاستثمار")
                    best = (b, s)
                    break
    return best[1] if best is not None else None


def _given_name_before(t: _Tok, lex: CueLexicon) -> bool:
    """A word that can stand before a family name: no article, no source word ("هشام" in "هشام الفالح", the dot of
    "د. الفالح"; not "الإعلامي" in "المركز الإعلامي للمقاومة")."""
    if not t.word:
        return t.text == "."  # "د. هشام الفالح"
    return not t.text.startswith(lex.definite_prefixes) and head_of(t.text, lex) is None \
        and t.text not in lex.np_stop and not t.text.isdigit()


def _office_named_in_text(toks: list[_Tok], span: tuple[int, int], words: tuple[str, ...],
                          sources: list[_SourceState], lex: CueLexicon, *, construct_only: bool = False) -> _SourceState | None:
    """The named person met before whose family name (or the last word of a one-name source) stands within
    ``office_name_reach`` words after the office ``words`` said earlier in the text ("رئيس الوزراء البريطاني، ديفيد
    كاميرون" for "رئيس الوزراء" after "وقال كاميرون"), the nearest such office first; or None."""
    people = [s for s in sources if s.cls is SourceClass.NAMED and s.number == "singular" and s.mentions]
    if not people:
        return None
    n = len(words)
    for k in _offices_before(toks, span, words, lex, construct_only=construct_only):
        before = k - 2 if k >= 2 and not toks[k - 1].word and toks[k - 1].text in lex.clause_commas else k - 1
        if before >= 0 and toks[before].word and toks[before].sent == toks[k].sent \
                and toks[before].text.startswith(lex.definite_prefixes):
            # "الدكتور عبداللطيف بن راشد الزياني الأمين العام لمجلس التعاون" for "وأكد الأمين العام" after "وعدّ
            # الزياني": the office in apposition right after the person's family name
            found = _person_named(people, _bare(toks[before].text, lex))
            if found is not None:
                return found
        for j in range(k + n, min(k + n + lex.office_name_reach, span[0])):
            if toks[j].sent != toks[k].sent:
                break
            found = _person_named(people, _bare(toks[j].text, lex))  # (a family name alone: "وأكد الشرقي")
            if found is not None:
                return found
    return None


def _offices_before(toks: list[_Tok], span: tuple[int, int], words: tuple[str, ...], lex: CueLexicon, *,
                    construct_only: bool = False) -> Iterator[int]:
    """Where the office ``words`` was said before ``span``, nearest first: the index of its first word (with
    ``construct_only``, only an indefinite office in construct with a definite word after it, before the span)."""
    n = len(words)
    if not n:
        return
    # (``_bare`` only takes a prefix off: a token where the office starts ends with its first word, so the tokens that
    # do, found by C-level calls, are the only ones tried; nearest first, as a walk over every token)
    ends_first = methodcaller("endswith", words[0])
    for k in reversed(list(compress(range(span[0] - n + 1), map(ends_first, map(_text, toks))))):
        if any(_bare(toks[k + x].text, lex) != words[x] for x in range(n)) or (
                construct_only and (toks[k].text.startswith(lex.definite_prefixes) or k + n >= span[0]
                                    or not toks[k + n].text.startswith(lex.definite_prefixes))):
            continue
        yield k


def _person_named(people: list[_SourceState], b: str) -> _SourceState | None:
    """The first of ``people`` a bare word names: a family name of theirs, or the last word of a one-name source."""
    return next((s for s in people if b in s.surnames or (b == s.last_word and (b in s.names or s.key == b))), None)


def _holder_named_in_text(toks: list[_Tok], span: tuple[int, int], words: tuple[str, ...], lex: CueLexicon, *,
                          construct_only: bool = False) -> tuple[frozenset[str], frozenset[str]]:
    """The name words and family names of the name standing within ``office_name_reach`` words after the office
    ``words`` said earlier in the text, the nearest such office first ("الأمين العام لمجلس التعاون عبداللطيف الزياني"
    for a later "الأمين العام"); nothing when no name follows it."""
    n = len(words)
    for k in _offices_before(toks, span, words, lex, construct_only=construct_only):
        for j in range(k + n, min(k + n + lex.office_name_reach, span[0])):
            if toks[j].sent != toks[k].sent or toks[j].text in lex.complementizers:
                break
            names, surnames = _appositive_names(toks, (k, j), lex)
            if surnames:
                return names, surnames
        break  # (the nearest office only)
    return frozenset(), frozenset()


def _run_in(words: tuple[str, ...], d: tuple[str, ...]) -> bool:
    """``words`` stand in ``d`` one after another, in order."""
    n = len(words)
    return any(d[k:k + n] == words for k in range(len(d) - n + 1))


def _name_before_preposition(w: str, s: _SourceState, lex: CueLexicon) -> bool:
    """``w`` stands in the description of ``s`` before any preposition of it (the person's own words, not the body
    after "لدى", "في", "من")."""
    words = s.key.split()
    if w not in words:
        return True  # (a name taken from an apposition after the phrase)
    return not any(x in lex.np_first_stop or x in lex.np_stop for x in words[:words.index(w)])


def _same_by_last_word(np: _NP, s: _SourceState, lex: CueLexicon) -> bool:
    """Two named phrases ending in the same word are one source when that word is a name of it ("وقال الغساني"
    after "خالد الغساني") or when the new phrase's other words were all said of it ("الخارجية الفلسطينية" after
    "وزارة الخارجية الفلسطينية"; a document noun aside: "بيان المنظمات", "تقرير التلفزيون"); not a shared adjective or body noun
    ("وزارة الداخلية الكويتية" after "السلطات الكويتية", "مارسيل فراتسشر رئيس المعهد" after "المعهد")."""
    if np.last_word in s.names or np.last_word in s.surnames or np.last_word in np.surnames:
        return True  # (the family name of the new phrase: "خالد الغساني" after "الغساني")
    said = set(s.key.split()).union(*s.descriptions)
    # (its own name words aside: "جوردون ديريك رئيس الاتحاد" after "رئيس الاتحاد" is the office holder named)
    return all(w in said or w in lex.body_document_nouns or w in np.names for w in np.words[:-1])


def _other_genitive(np: _NP, s: _SourceState, lex: CueLexicon) -> bool:
    """Both phrases are the same head in construct with a different definite genitive ("مصادر الجزيرة" after
    "مصادر الاحتلال"): the sources of someone else, another source."""
    return bool(np.genitive) and bool(s.genitive) and np.genitive != s.genitive


def _name_between_commas(toks: list[_Tok], span: tuple[int, int], lex: CueLexicon) -> bool:
    """A comma right after the source phrase, then two to four words that look like a name (an honorific may
    open them), then a comma: the name in apposition ("…، عيد عمّاش، في حديث"; not "…، طلب عدم ذكر اسمه،")."""
    k = span[1]
    sent = toks[span[0]].sent if span[0] < len(toks) else -1
    if not (k < len(toks) and toks[k].sent == sent and toks[k].text in lex.clause_commas):
        return False
    start = k = k + 1
    if k < len(toks) and toks[k].sent == sent and toks[k].text in lex.honorifics:
        k += 1
    first = k
    while k < len(toks) and toks[k].sent == sent and toks[k].word and (
            _name_word(toks[k].text, lex) or (k == first and toks[k].text in lex.names_after_honorifics)
            or (k > first and _family_name(toks[k].text, lex))):
        k += 1  # "…، علي الحسيني،": علي opens a name here, and a family name with the article may end it
    if not (2 <= k - start <= 4 and k < len(toks) and toks[k].sent == sent and (
            toks[k].text in lex.clause_commas or toks[k].text in lex.complementizers
            or (toks[k].text.startswith(lex.addressee_prefix) and _bare(toks[k].text[1:], lex) in lex.outlet_markers)
            or toks[k].text == lex.addressee_prefix)):
        return False  # ("…، علي الحسيني لـ«راديو …»": the outlet told or the that-word end it too)
    words = " ".join(toks[x].text for x in range(start, k))
    return not any(p is not None and p.search(words) for p in (lex.reasons, lex.conditions))  # "…، لأسباب أمنية،"


def _appositive_names(toks: list[_Tok], span: tuple[int, int], lex: CueLexicon) -> tuple[frozenset[str], frozenset[str]]:
    """Name words (and family names with the article) of a name right after a source phrase, across a comma at
    most ("حاكم منطقة أقصى شمال الكاميرون ،ميدجياوا باكاري"); nothing when the next word is no name or honorific
    (a preposition, an object, a time word, the that-word)."""
    k = span[1]
    sent = toks[span[0]].sent if span[0] < len(toks) else -1
    if k < len(toks) and toks[k].sent == sent and not toks[k].word and toks[k].text in lex.clause_commas:
        k += 1
    if k < len(toks) and toks[k].sent == sent and toks[k].text == '"':
        k += 1  # 'وقال الشيخ "احمد درع الجميلي" … وأوضح "الجميلي"': the name in quotes (the closing quote ends it)
    given = k + 1 < len(toks) and toks[k].text in lex.names_after_honorifics and toks[k + 1].sent == sent \
        and toks[k + 1].word and _family_name(toks[k + 1].text, lex)
    if given:
        k += 1  # "مدير منتخب الشباب علي الشعيلان", "…، علي الأحمدي": علي (على once normalised) opens a name here
    start = k
    while k < len(toks) and toks[k].sent == sent and toks[k].word and k - start < lex.np_max \
            and toks[k].text not in lex.complementizers and toks[k].text not in lex.np_stop \
            and toks[k].text not in lex.np_first_stop:
        k += 1
    if k == start:
        return frozenset(), frozenset()
    first = toks[start].text
    np = _analyse_np(toks, (start, k), lex)
    if not (given or first in lex.honorifics or (_bare(first, lex) in np.names and not first.startswith(lex.attached_preps))):
        return frozenset(), frozenset()
    return np.names, np.surnames | ({np.surname_only} if np.surname_only else set())


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
            if toks[k].word and ((t in lex.one_of and _person_after(toks, k, lex)) or (head is not None and not head.adjectival and (
                    head.cls != "vague" or (not head.inanimate and not t.startswith(lex.definite_prefixes)
                                            and _after_clause_verb(toks, k, lex))))):
                e = k + 1
                while e < limit and toks[e].sent == sent and toks[e].word and e - k < lex.np_max and e not in cue_starts \
                        and toks[e].text not in lex.np_stop and toks[e].text not in lex.np_first_stop \
                        and toks[e].text not in lex.complementizers:
                    e += 1
                if head is not None and head.cls == "vague" and lex.nisba_endings:
                    # "صحف تونسية زيارة ساركوزي": an indefinite collective keeps only its adjectives
                    e2 = k + 1
                    while e2 < e and toks[e2].text.endswith(lex.nisba_endings):
                        e2 += 1
                    e = e2
                if _compatible(features, _analyse_np(toks, (k, e), lex).number):
                    return (k, e)
                # "ودعا متحدث باسم الأسرة وسائل الإعلام إلى …، مشيرا": the phrase ran into the verb's object; its
                # head (with a definite genitive: "مسؤول العلاقات") agrees with the participle
                short = k + 2 if k + 2 <= e and toks[k + 1].text.startswith(lex.definite_prefixes) else k + 1
                if head is not None and e > short and _compatible(features, _analyse_np(toks, (k, short), lex).number):
                    return (k, short)
                k = e
                continue
            k += 1
    return None


def _after_clause_verb(toks: list[_Tok], k: int, lex: CueLexicon) -> bool:
    """The word at ``k`` follows a verb carrying و/ف that opens its sentence or clause ("وانتقدت صحف تونسية
    الزيارة، مشيرة"): an indefinite collective there is that verb's subject."""
    if k < 1 or toks[k - 1].sent != toks[k].sent or not toks[k - 1].word:
        return False
    v = toks[k - 1].text
    opens = k - 1 == 0 or toks[k - 2].sent != toks[k].sent or not toks[k - 2].word
    return opens and v.startswith(lex.proclitics) and len(v) >= 4 and head_of(v, lex) is None \
        and not v[1:].startswith(lex.definite_prefixes)


def _new_source(sources: list[_SourceState], cls: SourceClass, number: str) -> _SourceState:
    s = _SourceState(len(sources), cls, number)
    sources.append(s)
    return s


def _antecedent_for_np(np: _NP, sources: list[_SourceState], lex: CueLexicon,
                       complements: frozenset[str] = frozenset()) -> _SourceState | None:
    """The source ``np`` points back at, or None; ``complements``: the verb's complement words ("وأبدى سعادته":
    his happiness, not His Excellency)."""
    # the source mentioned last comes first, not the one met first last: "وأكد المصدر" right after "أوضح مصدر مطلع"
    # points at that source, even when another unnamed one was brought in between its two mentions
    recent = sorted(sources, key=lambda s: s.mentions[-1] if s.mentions else -1, reverse=True)
    key = " ".join(np.words)
    if len(np.words) == 1 and np.words[0] in lex.honorific_pronouns and np.words[0] not in complements:
        # "وأكد سموه" after "قال الأمير سعود بن عبدالله": His Highness is the prince named last, "معاليه" the
        # minister; none met: a source of its own (the person was named outside any report)
        titles = lex.honorific_pronouns[np.words[0]]
        # (or the one last called by the same pronoun: "وأوضح سموه" … "وبين سموه", the prince named in no report)
        return next((s for s in recent if s.cls is SourceClass.NAMED and s.number == "singular" and not s.impersonal
                     and (s.key == np.words[0] or ((s.names or s.surnames or titles) and (not titles or any(
                         titles & set(d) for d in (tuple(s.key.split()),) + s.descriptions))))), None)
    if len(np.words) == 1:
        alias = next((s for s in recent if np.words[0] in s.aliases), None)
        if alias is not None:
            return alias  # "وأضاف الفيفا" after "قال الاتحاد الدولي لكرة القدم (الفيفا)"
    if np.definite_word and np.words and np.words[0] in lex.statement_nouns and len(np.words) <= 2:
        # "وأضاف البيان" after "قالت الوزارة في بيان": the statement speaks for who issued it (the gold's call)
        issuer = next((s for s in recent if s.stated), None)
        if issuer is not None:
            return issuer
    # an unnamed group of people by one word, said again ("توقع محللون" … "ويتوقع محللون"), is the same group: the
    # gold sets link them; unlike a bare "مصادر", which says too little, or news ("أنباء"), each item its own
    collective = len(np.words) == 1 and np.cls is SourceClass.VAGUE and np.head is not None and not np.head.inanimate
    for s in recent:
        if (len(np.words) >= 2 or collective) and s.key == key and s.cls is np.cls:
            # "مصادر مطلعة" ... "مصادر مطلعة": one description, one source (issue #9); a bare
            # "مصادر" twice says too little to be the same
            return s
    if np.cls is SourceClass.NAMED and np.head is None and len(np.words) == 1 and np.definite_word \
            and len(np.words[0]) >= 3:
        # "وأوضح المحقق" after "وقال أحد المحققين": the noun of an unnamed "one of" source again
        w = np.words[0]
        forms = {w} | {w + e for e in lex.plural_endings}
        for s in recent:
            if s.cls is SourceClass.ANONYMOUS and s.one_of and forms & set(s.key.split()):
                return s
    if np.cls is SourceClass.NAMED and np.words and np.words[0] in np.names and np.words[0] not in lex.address_words:
        # (not a form of address: "معالي رئيس ديوان المظالم" is not "معالي وزير العدل"; nor a name said after a
        # preposition in the other phrase: "أوبك" is not "العقيل … ممثل المملكة لدى منظمة أوبك")
        for s in recent:
            if s.cls is SourceClass.NAMED and np.words[0] in s.names and _name_before_preposition(np.words[0], s, lex) \
                    and not (np.surnames and s.surnames and not np.surnames & s.surnames):
                # ("ويقول عبدالله العبدلي" after another "عبدالله …": the given name shared, the family names others)
                return s  # "وقال بخاري" after "رئيسها محمد بخاري": the name again
    if np.surname_only:
        for s in recent:
            if s.cls is SourceClass.NAMED and np.surname_only in s.surnames:
                return s  # "وقال الجبوري" after "العميد محمد الجبوري في شرطة نينوى": the family name alone
    # "وكشفت دراسة أجرتها هيئة الاتصالات" after "قالت هيئة الاتصالات": a study the body made is not the body again
    study = bool(np.words) and np.words[0] in lex.study_nouns

    def not_the_study(s: _SourceState) -> bool:
        return study and not set(s.key.split()[:1]) & lex.study_nouns
    if np.surnames:
        for s in recent:
            if not_the_study(s):
                continue
            if s.cls is SourceClass.NAMED and np.surnames & s.surnames and (
                    not np.names or not s.names or np.names & s.names):
                # "وأكدت السفيرة ميرفت التلاوي" after "قالت السفيرة ميرفت التلاوي رئيس المجلس القومي": the name
                # again, with other words around it ("أحمد الجبوري" after "محمد الجبوري" is someone else)
                return s
    if np.cls is SourceClass.NAMED and np.head is None and np.names:
        for s in recent:
            if s.cls is SourceClass.NAMED and np.names <= s.names \
                    and all(_name_before_preposition(w, s, lex) for w in np.names):
                return s  # "بو خضور" after "الدكتور حجاج بو خضور": every name word again
    if np.head is not None and np.head.cls in ("anonymous", "anonymous_if_indefinite", "vague") and (np.definite or np.marker) \
            and not np.given_name:  # "أحد الشهود، ويدعى …" is one witness by name, not the witnesses before
        lemma = np.head.lemma
        # ("وأكد المواطن أحمد آل هلال" after "وقال المواطن صالح اليامي": another name, another person)
        # ("يقول أحد المراقبين" after "أجمع العديد من المراقبين": one of them speaking alone is no longer the group)
        one = bool(np.words) and np.words[0] in lex.one_of
        # ("وبحسب بعض الدراسات" after "أثبتت الدراسات السابقة": some of them, newly brought in, not those before)
        some = len(np.words) > 1 and np.words[0] in lex.another_after_some
        same = [s for s in recent if lemma in s.lemmas and not (np.names and s.names and not np.names & s.names)
                and not (np.surnames and s.surnames and not np.surnames & s.surnames)
                and not (one and not s.one_of) and not (some and s.key.split()[:1] != np.words[:1])
                and not _other_genitive(np, s, lex)]
        own = next((w for w in np.words if lex.first_person_suffixes and w.endswith(lex.first_person_suffixes)
                    and head_of(w, lex) is np.head), None)
        if own is not None:
            # "وذكرت مصادرنا" after "أفادت مصادر إعلامية": our own sources, unless said again
            return next((s for s in same if own in s.key.split()), None)
        exact = [s for s in same if np.head.number in s.lemmas[lemma]]
        if exact or same:
            return (exact or same)[0]
        if np.head.bare_definite_anonymous and np.definite_word and np.cls is SourceClass.ANONYMOUS \
                and not _in_one_of(list(np.words), "", lex) and not np.head.private_person:
            # ("المسؤول في أحد المطابخ", "وقال المواطن" after an official: someone new)
            # "وقال المسؤول" after "دبلوماسي غربي كبير", "المسؤول اليمني" after "الوزير … الأسودي": the
            # article points back at the last person who spoke (named or not); with none, an unnamed one
            # ("واكد المسؤولون الاميركيون" after "وقال ديفيس": officials are not the one person before them)
            return next((s for s in recent if s.number == "singular" and not s.impersonal
                         and s.cls is not SourceClass.VAGUE), None) if np.number == "singular" else None
        if lemma in lex.generic_lemmas or np.marker:
            # "المصدر ذاته" after "مسؤول عراقي": the last anonymous source,
            # else whoever spoke last ("وأوضح المصدر" after a named directorate)
            anon = [s for s in recent if s.cls is SourceClass.ANONYMOUS and not _other_genitive(np, s, lex)]
            # a plural "المصادر" is not the singular named speaker before it, and no anonymous word points
            # back at information, reports or the press ("وتشير المصادر" after "وحسب المعلومات المتوافرة",
            # "وأبانت المصادر" after "وكشفت الصحف")
            agree = [s for s in recent if _agree(np.number, s.number)
                     and not (np.cls is SourceClass.ANONYMOUS and s.impersonal)]
            if len(np.words) > 1 and not np.marker:
                # "بعض المصادر": some sources, newly brought in; only the bare word points back
                agree = []
            return (anon or agree)[0] if (anon or agree) else None
        return None
    if np.cls is SourceClass.NAMED:
        if np.last_word:
            for s in recent:
                if not_the_study(s):
                    continue
                if s.cls is SourceClass.NAMED and s.last_word == np.last_word and _same_by_last_word(np, s, lex) \
                        and not (np.surnames and np.names and s.names and not np.names & s.names):
                    # ("وعبر المواطن خالد محمد القحطاني" after "المواطن سيف القحطاني": the family name with another
                    # given name is another person, as in the surnames' test above)
                    return s
        if np.head is not None and np.head.cls == "named_titles" and np.definite and np.last_word == _bare(np.head.lemma, lex):
            for s in recent:
                if s.cls is SourceClass.NAMED and np.head.lemma in s.lemmas:
                    return s  # "الوزير" after "وزير العدل ... لوح"
        if np.head is not None and np.head.cls == "named_titles" and np.definite:
            words = set(np.words)
            short = not np.names and len(np.words) <= lex.title_again_max
            placed = lex.office_place_prepositions
            plain = tuple(w for w in np.words if w not in placed)  # (the office less its place's في, read once)
            for s in recent:
                if s.cls is SourceClass.NAMED and (s.names or s.surnames) and s.number == "singular" and any(
                        (short and words <= set(d)) or (len(np.words) >= 2 and (_run_in(np.words, d) or (
                            placed and _run_in(plain, tuple(w for w in d if w not in placed)))))
                        for d in (tuple(s.key.split()),) + s.descriptions):
                    # ("رئيس المحكمة العامة بالمدينة المنورة" after "رئيس المحكمة العامة في المدينة المنورة …": the
                    # place after في or joined by ب)
                    # "وأشارت السفيرة" after "قالت السفيرة ميرفت التلاوي", "وقال الرئيس الأميركي" after "الرئيس
                    # الأميركي باراك أوباما": the office the article named the person with, without the name; a
                    # longer office only word for word ("وقال المدير التنفيذي لسوق عكاظ" after "المدير التنفيذي لسوق
                    # عكاظ الدكتور راشد الغامدي")
                    return s
        if len(np.words) == 1 and np.definite_word and lex.study_nouns and _bare(np.words[0], lex) in lex.study_nouns:
            # "وأوضحت الدراسة" after "بيّنت دراسة طبية": the study met before, whatever its class (one with no author
            # is vague); the nearest study noun said first, with a clitic or none
            for s in recent:
                w0 = s.key.split()[0] if s.key else ""
                if w0 in lex.study_nouns or (w0[:1] in lex.study_prefixes and w0[1:] in lex.study_nouns):
                    return s
        if len(np.words) == 1 and np.definite_word:
            for s in recent:
                if s.cls is SourceClass.NAMED and any(len(d) >= 2 and d[0] == np.words[0]
                                                      for d in (tuple(s.key.split()),) + s.descriptions):
                    # "وذكرت الجامعة" after "أعلنت جامعة برمنجهام البريطانية", "وقال المرصد" after "أفاد المرصد
                    # السوري لحقوق الانسان": the body's noun with the article is the body named before
                    return s
        if len(np.words) >= 2 and np.definite and lex.nisba_endings:
            n = len(np.words)
            for s in recent:
                kw = s.key.split()
                if s.cls is SourceClass.NAMED and len(kw) > n and kw[:n] == list(np.words) and all(
                        w.endswith(lex.nisba_endings) for w in kw[n:]):
                    # "وأضافت وزارة الخزانة" after "قالت وزارة الخزانة الاميركية": the body named before, without
                    # the adjective of its country
                    return s
        if len(np.words) >= 2 and np.definite_word:
            # the phrase read as the source ran on past the name into the clause ("واعتبرت الحكومة الحادث مؤشر",
            # "وقال المهنا في معرض رده", "وذكر المرصد ومقره بريطانيا"): its first word is the name used before,
            # unless an adjective with the article makes it another one ("المرصد الأورومتوسطي")
            first = np.words[0]
            named_as = np.names | np.surnames
            for s in recent:
                if s.cls is not SourceClass.NAMED or (np.second_nisba and np.words[1] not in s.key.split()):
                    continue
                if np.first_headless and named_as and (s.names or s.surnames) and not named_as & (s.names | s.surnames):
                    # "وقالت المتطوعة نجلاء البراك" after "وبينت المتطوعة أمل ناصر": the same standing with other
                    # names is another person
                    continue
                if s.key == first or (np.first_headless and (
                        s.key.split()[:1] == [first] or s.last_word == first or first in s.surnames)):
                    return s
    return None


def _inanimate(toks: list[_Tok], span: tuple[int, int], lex: CueLexicon) -> bool:
    """Information, reports, data: a source a preposition can cite but no one who "adds" or "sees"."""
    first = _first_content(toks, span, lex)
    head = head_of(first, lex) if first else None
    return (head is not None and head.inanimate) or _is_word_in(first, lex.evidence_nouns, lex)


def _opening_subject(toks: list[_Tok], start: int, limit: int, features: str, sources: list[_SourceState],
                     lex: CueLexicon, cue_starts: set[int]) -> _SourceState | None:
    """A source met before, named right after the verb (with و/ف, no cue) that opens the sentence from ``start``
    ("ورحب شلتوت بزيارة", "ونوه الوزير بالجهود"): the first one to three words after the verb that point back at
    it, or None."""
    if not sources or start + 1 >= limit or start in cue_starts or not _after_clause_verb(toks, start + 1, lex):
        return None
    k = start + 1
    for e in range(k + 1, min(k + 4, limit) + 1):
        if e - 1 in cue_starts or not toks[e - 1].word or toks[e - 1].sent != toks[k].sent \
                or toks[e - 1].text in lex.np_stop or toks[e - 1].text in lex.complementizers:
            break
        target = _antecedent_for_np(_analyse_np(toks, (k, e), lex), sources, lex)
        if target is not None:
            return target if target.mentions and _compatible(features, target.number) else None
    return None


def _opening_clause_verb(toks: list[_Tok], start: int, limit: int, lex: CueLexicon) -> int | None:
    """The verb opening the sentence from ``start`` (carrying و/ف, or after «كما»), when the cue at ``limit`` comes
    some words after it: its index (its subject comes right after it), or None."""
    if start in (limit, limit - 1) or not toks[start].word:
        return None
    k = start + 1 if toks[start].text in lex.clause_openers else start
    return k if k + 2 < limit and _after_clause_verb_at(toks, k, lex) else None


def _after_clause_verb_at(toks: list[_Tok], k: int, lex: CueLexicon) -> bool:
    v = toks[k].text
    return toks[k].word and len(v) >= 3 and head_of(v, lex) is None and not v.startswith(lex.definite_prefixes) \
        and (k > 0 and toks[k - 1].text in lex.clause_openers or v.startswith(lex.proclitics) and len(v) >= 4
             and not v[1:].startswith(lex.definite_prefixes))


def _subjectless_opening(toks: list[_Tok], start: int, limit: int, lex: CueLexicon) -> bool:
    """The sentence from ``start`` opens with a word carrying و/ف and then a preposition ("وأشاد بجهود",
    "وعبّر عن"): a verb whose subject is the one of the sentence before."""
    if start + 1 >= limit or not toks[start].word or not toks[start + 1].word \
            or not toks[start].text.startswith(lex.proclitics) or head_of(toks[start].text, lex) is not None:
        return False
    nxt = toks[start + 1].text
    return nxt in lex.np_first_stop or nxt in lex.pronoun_objects or nxt in lex.np_stop or (
        nxt.startswith(lex.attached_preps) and len(nxt) >= 4 and not nxt.startswith(lex.definite_prefixes)
        and head_of(nxt, lex) is None)  # (not a short name: "واختتم بوك")


def _antecedent_for_continuation(toks, m: _Mention, idx: int, mentions: list[_Mention], sources, lex: CueLexicon,
                                 *, own_clause: bool = True):
    """The source a continuation refers to, and the mention that made it the candidate (a participle:
    only in its own sentence, unless ``own_clause`` is off)."""
    sent = toks[m.cue.i].sent
    for prev in reversed(mentions[:idx]):
        psent = toks[prev.cue.i].sent
        if m.participle and own_clause and psent != sent:
            break  # a participle continues its own clause's speaker
        if sent - psent > _CONTINUATION_REACH:
            break
        if prev.np is not None and (prev.cue.prep is not None or m.features in lex.human_plural_features) \
                and _inanimate(toks, prev.np, lex):
            continue  # "وبحسب المعطيات المتداولة، يرفض بري ... ويرى": data do not go on speaking, and
            # "وتشير التقارير … وتوقعوا": a masculine plural verb agrees with people, not reports
        if prev.np is not None and prev.cue.verb is not None and prev.via is None and {m.features, prev.features} == _GENDERS \
                and prev.cue.verb.lemma not in lex.relaying_lemmas and sources[prev.source_id].number == "singular":
            # "أبلغ غيدان …. وأضافت أن": a feminine verb does not go on from one speaker a masculine verb took (a
            # relaying verb agrees with the outlet, not the speaker; a plural may take either)
            continue
        src = sources[prev.source_id]
        if _compatible(m.features, src.number):
            return src, prev
    return None, None
