"""Attribution stage 4: one mention per cue, its source phrase and its relay put together, or
no mention when the cue is not a report (an act announced, evidence as subject, a verb in
its other sense).

Package-private, used by ``analysis.sourcing.attribution``.
"""
from __future__ import annotations

from dataclasses import dataclass

from analysis.records import SourceClass
from analysis.sourcing.cues import CueLexicon, VerbCue, head_of, strip_proclitic
from analysis.sourcing.tokens import _bare, _closing_bracket, _closing_quote, _is_word_in, _same_sentence, _stem, _Tok, _unclitic
from analysis.sourcing.cue import _Cue, _feeling_marker_within, _relative_view, _source_noun_after
from analysis.sourcing.phrase import _source_subject_before, _evidence_before, _first_content, _indefinite_source_before, _name_seen, _np_after, _np_before, _pluperfect_subject, _quoted_addressee, _recognised, _relative_antecedent, _source_after_what
from analysis.sourcing.relay import _fronted_statement_via, _the_paper, _interview_via, _is_relay, _marked, _names_outlet, _outlet_name, _own_outlet, _published_via, _relay_before_words, _split_relay, _via_after


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
    unnamed: bool = False  # "علمت «الوطن» أن": the outlet learned it from sources it does not name
    obtained: tuple[int, int] | None = None  # "لمعلومات حصلت عليها «عكاظ» من مصادرها": whom it came from


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
        if m.np is not None and m.np[1] - m.np[0] == 1 and m.np[1] == c.i and toks[m.np[0]].text in lex.present_negators:
            continue  # "ولا يستبعد حصول انشقاقات": a negator is no subject; «لا يُستبعد» is the agentless passive
        prev = mentions[-1] if mentions else None
        if c.prep is not None and m.np is not None and m.via is None and prev is not None and prev.cue.verb is not None \
                and not prev.cue.verb.participle and prev.np is not None and prev.via is None and prev.np[0] > prev.cue.i \
                and prev.np[1] == c.i and _same_sentence(toks, prev.cue.i, c.i) and _names_outlet(toks, prev.np, lex, outlet) \
                and not _names_outlet(toks, m.np, lex, outlet):
            # "وذكرت تلفزة «سي إن إن» استناداً إلى المسؤول الأمريكي أن": the outlet relays the source
            # its report rests on (as "نقلت الوكالة عن"): one attribution, on the verb
            prev.via, prev.np = prev.np, m.np
            continue
        if c.prep is not None and c.prep.relay and m.np is not None and m.via is None and prev is not None \
                and prev.cue.verb is not None and not prev.cue.verb.participle and prev.np is not None and prev.via is None \
                and _same_sentence(toks, prev.cue.i, c.i) and prev.cue.i < c.i and c.i - _mention_end(prev) <= 4 \
                and _names_outlet(toks, prev.np, lex, outlet) and not _names_outlet(toks, m.np, lex, outlet):
            # "وكانت صحيفة “بيزنس كوريا” قد أكدت الأربعاء الماضي نقلا عن مصادر في الصناعة أن": the paper
            # relays the sources, a time phrase between; one attribution, on the verb
            prev.via, prev.np = prev.np, m.np
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
                    and _same_sentence(toks, c.i, nxt.i) and 0 <= nxt.i - m.np[1] <= 3:
                # (a closing quote, a comma and فقد may sit between: 'وبحسب "الألمانية"، فقد ذكر')
                pending_via = m.np
                continue
            if prev is not None and prev.cue.verb is not None and prev.via is None \
                    and _same_sentence(toks, prev.cue.i, c.i) and _ends_sentence(toks, m.np[1]):
                # "صرّح المصدر ...، حسب وكالة «أنباء الشرق الأوسط».": the outlet closing the sentence
                # relays the report made in it
                prev.via = m.np
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
        if (head is None and first not in lex.one_of) or (head is not None and head.lemma in lex.document_lemmas) \
                or _is_word_in(first, lex.evidence_nouns, lex):
            return None  # "تأكيد أهمية الاتفاق", "إعلان البيان الختامي", "تأكيد تفاصيل القرار": the noun's object
    if not _has_complement(toks, c, lex, cue_starts) and not lam and toks[c.j].text not in lex.verbal_noun_of \
            and not _recognised(toks, np, lex):
        return None
    if strip_proclitic(toks[c.i].text, lex.words_only_nouns, lex.proclitics)[0] and not _has_complement(toks, c, lex, cue_starts):
        return None  # "أثارت تصريحات الرئيس السابق ردود أفعال": statements as a topic, no words reported
    return _Mention(c, np)


def _source_word_then_object(toks: list[_Tok], c: _Cue, np: tuple[int, int] | None, lex: CueLexicon) -> bool:
    """The verb's subject, right after it, is an anonymous source word (مصدر، مصادر) and a noun object follows
    it in the same clause: with such a subject the object is what the sources said, no that-clause needed."""
    if np is None or np[0] != c.j or np[1] >= len(toks):
        return False
    head = head_of(toks[np[0]].text, lex)
    if head is None or head.cls != "anonymous" or head.adjectival:
        return False
    k = np[1] + (1 if toks[np[1]].text in lex.clause_commas else 0)
    return k < len(toks) and _same_sentence(toks, c.i, k) and toks[k].word \
        and toks[k].text not in lex.complementizers and toks[k].text not in lex.np_first_stop \
        and head_of(toks[k].text, lex) is None


def _outlet_aside(toks: list[_Tok], k: int, lex: CueLexicon) -> int | None:
    """At ``k`` a prepositional cue names a quoted outlet or an agency ("بحسب “عكاظ”", "حسب رويترز"):
    the index of its last token, else None."""
    key, _ = strip_proclitic(toks[k].text, lex.preps, lex.proclitics)
    if not key or k + 1 >= len(toks) or not _same_sentence(toks, k, k + 1):
        return None
    if toks[k + 1].text == '"':
        close = _closing_quote(toks, k + 1)
        if close is not None and _is_relay(" ".join(toks[m].text for m in range(k + 2, close)), True, "", lex):
            return close
        return None
    for n in (3, 2, 1):
        if k + n < len(toks) and " ".join(toks[m].text for m in range(k + 1, k + 1 + n)) in lex.agencies:
            return k + n
    return None


def _mouthpiece_at(toks: list[_Tok], k: int, lex: CueLexicon) -> bool:
    key, _ = strip_proclitic(toks[k].text, lex.preps, lex.proclitics)
    return bool(key) and any(p.mouthpiece and all(k + 1 + n < len(toks) and toks[k + 1 + n].text == w
                                                   for n, w in enumerate(p.words)) for p in lex.preps[key])


def _ends_sentence(toks: list[_Tok], k: int) -> bool:
    """Token ``k`` (one past a phrase) is a punctuation mark that closes the sentence, or in the next one."""
    return k >= len(toks) or toks[k].sent != toks[k - 1].sent or (
        not toks[k].word and (k + 1 >= len(toks) or toks[k + 1].sent != toks[k].sent))


def _mention_end(m: _Mention) -> int:
    return max(m.cue.j, m.np[1] if m.np is not None else 0)


def _admitted_object(toks: list[_Tok], k: int, c: _Cue, prefixes: tuple[str, ...], lex: CueLexicon,
                     shortest: int = 3) -> bool:
    """``toks[k]`` is a ب-noun (the fact admitted) after the verb or its subject: not a quantifier
    (بعض), a particle, a pronoun object or a source noun."""
    t = toks[k].text
    p = next((x for x in prefixes if t.startswith(x)), None)
    if p is None or len(t) - len(p) < shortest:
        return False
    rest = t[len(p):]
    return toks[k].word and t not in lex.head_skip and rest not in lex.head_skip and t not in lex.np_first_stop \
        and t not in lex.np_stop and t not in lex.pronoun_objects and t not in lex.complementizers \
        and head_of(t, lex) is None


def _has_complement(toks: list[_Tok], c: _Cue, lex: CueLexicon, cue_starts: set[int], *, words_only: bool = False) -> bool:
    """A that-clause (أن/إن), or, unless ``words_only``, a colon or opening quote."""
    verb = c.verb
    extra = verb.complements if verb else frozenset()
    window = (verb.complement_window if verb and verb.complement_window else lex.complement_window)
    words_only = words_only or bool(verb and verb.clause_complement)
    skip_to = -1
    end = min(len(toks), c.j + window)
    k = c.j - 1
    while k + 1 < end:
        k += 1
        if k <= skip_to:
            continue
        if toks[k].sent != toks[c.i].sent:
            return False
        close = _aside_end(toks, k, lex) if toks[k].text in lex.aside_marks and k - c.j <= lex.aside_start else None
        if close is not None:
            # "وأضاف الرجل - الذي انضم … - أن": an aside between dashes or brackets opened in the verb's subject (within
            # aside_start tokens) does not count in the window, and its words complete nothing
            end, skip_to = min(len(toks), end + close - k + 1), close
            continue
        if k in cue_starts and toks[k].text in extra:
            return True  # 'وغرّد على حسابه قائلاً': the restating participle completes the verb
        if k in cue_starts and _mouthpiece_at(toks, k, lex) and not (verb is not None and verb.lemma in lex.relaying_lemmas):
            continue  # "اعتبرت السلطة على لسان الناطق … إن": the spokesman it spoke through, then the clause
        if k in cue_starts:
            through = _outlet_aside(toks, k, lex)
            if through is None:
                return False
            skip_to = through  # "وبين X بحسب “عكاظ” أن": the outlet it came through, then the clause
            continue
        t = toks[k].text
        if t in lex.complement_barriers or _since(toks, k, lex):
            return False  # "نشرت صوراً ...، إلا أنه", "حيث إن": the أن belongs to another clause
        if verb is not None and verb.quantity_objects and toks[k].word and _is_word_in(t, verb.quantity_objects, lex):
            # "وقدر عضو الجمعية … حجم الإنفاق": the estimate, after its subject; "وقدرت كلفة المشروع": agentless
            return k > c.j
        if verb is not None and t in verb.quantity_amounts:
            return False  # "وقدرت جميع المسروقات بحدود 35 ألف ريال، خلاف قيمة": the amount came first, agentless
        if verb is not None and verb.suffixed and verb.prefix_complements and k == c.j and len(t) > 3 \
                and t.startswith(verb.prefix_complements) and t not in lex.np_first_stop and t not in lex.pronoun_objects:
            return True  # "التي وصفها بالبطلة": the description right after the verb and its object
        if verb is not None and verb.prefix_complements and k > c.j and t in verb.prefix_complements \
                and k + 1 < len(toks) and toks[k + 1].text == '"':
            return True  # "وصف جون كيري الاتجار بالبشر بـ«الأمر المحير»": a quoted description
        if verb is not None and verb.object_prefixes and (k == c.j or toks[k - 1].text in lex.clause_commas) \
                and _admitted_object(toks, k, c, verb.object_prefixes, lex):
            return True  # "أقر عبد الملك الحوثي، زعيم الحوثيين، بالهزيمة": the admitted fact
        if verb is not None and verb.window_object_prefixes and (k > c.j or verb.suffixed) and (
                _admitted_object(toks, k, c, verb.window_object_prefixes, lex, shortest=2)  # "بشن"
                or (t in verb.window_object_prefixes and k + 1 < len(toks) and toks[k + 1].text == '"')):
            return True  # "واتهمت المؤسسة … الحكومة بقصف", "متهما المتمردين بشن الهجوم": the charge
        if t in lex.complementizers and k > c.j and toks[k - 1].text in lex.temporal_that:
            continue  # "بعد أن": a time clause
        if t in lex.complementizers or t in extra:
            return True
        if verb is not None and verb.event_object and k - c.j < 6 and (t in lex.object_nouns or _stem(t, lex) in lex.object_nouns):
            return True  # "أعلنت ... في وقت سابق سقوط طائرة": an announced event
        if t == ":" and verb is not None and verb.colon_after and any(
                _is_word_in(toks[m].text, verb.colon_after, lex) for m in range(c.j, k)):
            return True  # "وكتب ألميدا عبر حسابه الرسمي في «إنستغرام»: «…»": the words posted, not a byline
        if words_only:
            continue
        if t == ":" and t in lex.complement_marks:
            return True
        if t == '"' and k > c.j and _bare(toks[k - 1].text, lex) in lex.name_markers | lex.outlet_markers:
            continue  # 'أبلغت شركة "زيمبريوم"': the quote opens a name
        if t in lex.complement_marks and (k - c.j < 3 or not toks[k - 1].word):
            # a colon or opening quote near the cue introduces the words; a quote
            # further on is usually a name ("باسم “فصائل المقاومة”")
            return True
    return _after_comma_further(toks, c, max(end, skip_to + 1), extra, lex, cue_starts)


def _after_comma_further(toks: list[_Tok], c: _Cue, k0: int, extra: frozenset[str], lex: CueLexicon,
                         cue_starts: set[int]) -> bool:
    """Past the window, up to ``comma_complement_reach`` tokens after the verb: its that-word (or complement word)
    right after a comma that closes a phrase between commas ("وتابع شاهين، خلال مداخلة هاتفية على برنامج … مساء
    اليوم الثلاثاء، أن", "وأضاف، رداً على سؤال حول … كمصدر للبترول، أن"): the occasion between commas lengthens the
    clause. Only the first that-word counts; after no comma it opens another clause. A comma must come before it
    within the window (the phrase opened there), and another cue, a barrier or the sentence's end stops the search."""
    if not lex.comma_complement_reach or not any(
            toks[k].text in lex.clause_commas for k in range(c.j, min(len(toks), k0)) if toks[k].sent == toks[c.i].sent):
        return False
    for k in range(k0, min(len(toks), c.i + lex.comma_complement_reach)):
        t = toks[k].text
        if toks[k].sent != toks[c.i].sent or k in cue_starts or t in lex.complement_barriers or _since(toks, k, lex):
            return False
        if t in lex.complementizers or t in extra:
            # (or after the verb's own particle right after the comma: "وأشار هيرشمان في استعراضه …، إلى أن")
            return toks[k - 1].text in lex.clause_commas or (
                c.verb is not None and toks[k - 1].text in c.verb.adjacent_complements and toks[k - 2].text in lex.clause_commas)
    return False


def _aside_end(toks: list[_Tok], k: int, lex: CueLexicon) -> int | None:
    """The closing mark of an aside opened at ``k`` ("- الذي انضم للجنة … -", "(أبريل)"): the first mark that closes
    it (``aside_marks``) within ``aside_reach`` tokens of its sentence, with a word between; none, None."""
    closer = lex.aside_marks[toks[k].text]
    for m in range(k + 1, min(len(toks), k + 1 + lex.aside_reach)):
        if toks[m].sent != toks[k].sent:
            return None
        if toks[m].text == closer:
            return m if m > k + 1 else None
    return None


def _obtained_from(toks, np: tuple[int, int], lex: CueLexicon, cue_starts) -> tuple[int, int] | None:
    """"ووفقا لمعلومات حصلت عليها «عكاظ» من مصادرها في وزارة الدفاع": the information an outlet obtained from a
    source (a source head right after «من», within ``obtained_reach`` words of the obtaining verb) is that source's."""
    if not lex.obtained_verbs:
        return None
    k = next((k for k in range(np[0] + 1, min(np[1] + 1, len(toks))) if toks[k].text in lex.obtained_verbs
              and _same_sentence(toks, np[0], k)), None)
    if k is None:
        return None
    for m in range(k + 1, min(len(toks), k + 2 + lex.obtained_reach)):
        if not _same_sentence(toks, k, m):
            return None
        if toks[m].text == lex.partitive:
            sub = _np_after(toks, m + 1, lex, cue_starts, verb=False)
            if sub is not None and head_of(_first_content(toks, sub, lex), lex) is not None:
                return sub
            return None
    return None


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
        obtained = None if what else _obtained_from(toks, np, lex, cue_starts)
        if c.prep.mouthpiece and mentions and mentions[-1].cue.verb is not None and mentions[-1].np is not None \
                and mentions[-1].cue.verb.lemma not in lex.relaying_lemmas \
                and mentions[-1].np[1] == c.i and toks[mentions[-1].cue.i].sent == toks[c.i].sent:
            return None  # "اعتبرت السلطة الفلسطينية على لسان الناطق": one report, on the verb
        if c.prep.relay and mentions and toks[mentions[-1].cue.i].sent == toks[c.i].sent:
            # "... قال المسؤولان, نقلا عن الشرق الأوسط": the outlet relayed the
            # attribution before it; it is not a source of its own
            name = _outlet_name(toks, np, lex)
            if _is_relay(name, True, outlet, lex) and mentions[-1].via is None:
                mentions[-1].via = np
                return None
        if not c.prep.relay and mentions and toks[mentions[-1].cue.i].sent == toks[c.i].sent \
                and mentions[-1].cue.verb is not None and mentions[-1].np is not None:
            last = mentions[-1]
            if last.via is not None and last.via[0] < np[1] and np[0] < last.via[1]:
                return None  # "وأكد المصدر وفقا لموقع 24 أن": the outlet already relays the verb
            target = np
            the_paper = target[1] - target[0] == 1 and toks[target[0]].text.startswith(lex.definite_prefixes) \
                and _bare(toks[target[0]].text, lex) in lex.outlet_markers  # "بحسب الصحيفة": the paper named before
            if (the_paper or _names_outlet(toks, target, lex, outlet)) \
                    and not _names_outlet(toks, last.np, lex, outlet) and _inanimate(toks, last.np, lex) is False:
                # "ويخشى أموازي …، بحسب الصحيفة": a relay named at the end of the verb's sentence is its via, not a
                # source of its own; when the verb has one already ("وأكد المصدر وفقا لموقع 24 أن …، بحسب ما أفادت
                # صحيفة “اكسبرس”"), the one next to the verb stays the via
                if last.via is None:
                    last.via = _named_before(toks, target, lex) if the_paper else target
                return None
        first_noun = np[0] + 1 if toks[np[0]].text in lex.non_source_quantifiers and np[1] > np[0] + 1 else np[0]
        if _is_word_in(toks[first_noun].text, lex.non_source, lex) and head_of(toks[first_noun].text, lex) is None:
            # "وطبقاً للمقتضيات", "وفق آلية", "حسب جنسه": in accordance with a rule, not a source
            # (the word itself first: "آلية" is no ال + "ية"; then without prefix and pronoun; a source
            # noun never is one: "وبحسب الشرطة" is no "شرط" + "ة")
            return None
        if toks[first_noun].text in lex.counts_of_things and not (
                first_noun + 1 < np[1] and toks[first_noun + 1].text == lex.partitive):
            return None  # "حسب عدد المقاعد": depending on how many, not "بحسب عدد من المسؤولين"
        via = None
        if what:  # "حسبما أفاد مصدر طبي لوكالة الصحافة الفرنسية": the outlet it spoke to
            cand = _via_after(toks, np[1], lex)
            if cand is not None and _is_relay(_outlet_name(toks, cand, lex), _marked(toks, cand, lex), outlet, lex):
                via = cand
        return _Mention(c, np, via=via, obtained=obtained)
    verb = c.verb
    assert verb is not None
    if verb.lemma in lex.relaying_lemmas and c.j + 1 < len(toks) and _same_sentence(toks, c.i, c.j + 1) \
            and toks[c.j].text in lex.relayed_from_pronouns and mentions and mentions[-1].via is None \
            and toks[mentions[-1].cue.i].sent == toks[c.i].sent:
        # "قال X، كما نقل عنه موقع “العربية نت” إنه": the outlet relayed the speaker just quoted
        outlet_np = _np_after(toks, c.j + 1, lex, cue_starts, verb=False)
        if outlet_np is not None and _names_outlet(toks, outlet_np, lex, outlet):
            mentions[-1].via = outlet_np
            return None
    complement = verb.free or _has_complement(toks, c, lex, cue_starts)
    nxt = toks[c.j].text if c.j < len(toks) and _same_sentence(toks, c.i, c.j) else ""
    as_reported = not verb.suffixed and not verb.participle and c.i >= 2 and _same_sentence(toks, c.i - 2, c.i) \
        and toks[c.i - 1].text in lex.what_words and toks[c.i - 2].text in lex.as_reported_preps
    complement = complement or as_reported  # "…، على ما أعلن مصدر عسكري": the sentence before, as the source reported it
    if verb.comma_opens and not complement and c.j < len(toks) and _same_sentence(toks, c.i, c.j) \
            and toks[c.j].text in lex.clause_commas and not _same_sentence(toks, c.i - 1, c.i):
        complement = True  # "وأضاف، ولكن الأهلي لم يرسل …": opening its sentence, a comma, then the speaker's words
    if verb.not_followed_by and any(toks[k].text in verb.not_followed_by for k in range(c.j, min(len(toks), c.j + 3))):
        return None  # "تساءل: هل ...": a yes/no question claims nothing
    if verb.not_followed_by_prefixes and c.j < len(toks) and _same_sentence(toks, c.i, c.j) and toks[c.j].word \
            and len(toks[c.j].text) > 3 and toks[c.j].text.startswith(verb.not_followed_by_prefixes):
        return None  # "فإما أنه تابع لإيديولوجيا السلطة": affiliated to, an adjective
    if verb.other_sense and _other_sense(toks, c, verb.other_sense, lex):
        return None  # "شددت قوات ... الخناق", "أفاد نفسه", "أقر لائحة": the verb's other sense
    if verb.appeal_objects and _appeal(toks, c, verb, lex):
        return None  # "وشدد المصدر على أهمية العلاقة": stressing the importance of a thing, an appeal
    if lex.passive_agent and all(c.j + n < len(toks) and _same_sentence(toks, c.i, c.j + n)
                                 and toks[c.j + n].text == w for n, w in enumerate(lex.passive_agent)):
        return None  # "أن الرجال الخمسة اتهموا من قبل قاضي تحقيق": a passive (charged by), its subject the accused
    if verb.imperfect_needs_clause and strip_proclitic(toks[c.i].text, lex.verbs, lex.proclitics)[0].startswith(
            lex.imperfect_prefixes) and not any(_same_sentence(toks, c.i, k) and toks[k].text in lex.complementizers
                                                for k in range(c.j, min(len(toks), c.j + 8))) \
            and not _source_noun_after(toks, c.i, lex):  # ("يعتبرها البعض": a source word right after it)
        return None  # "الخليج، الذي يعتبر أهم مصادر الطاقة", "فما يحدث يعتبر إهمالا": is considered, no one's view
    if verb.not_in_that_clause and not toks[c.i].text.startswith(lex.proclitics) and any(
            toks[k].text in lex.complementizers and any(m.cue.i < k and toks[m.cue.i].sent == toks[c.i].sent for m in mentions)
            for k in range(c.i - 1, max(-1, c.i - 5), -1) if toks[k].sent == toks[c.i].sent):
        return None  # "أكد محمد الناصر أن السلطات البريطانية أبدت استعدادا": a stance inside another speaker's claim
    if verb.window_object_prefixes and not verb.participle:
        charge = next((k for k in range(c.j, min(len(toks), c.j + (verb.complement_window or lex.complement_window)))
                       if _same_sentence(toks, c.i, k) and _admitted_object(toks, k, c, verb.window_object_prefixes, lex, shortest=2)), None)
        if charge is not None:
            rest = toks[charge].text[len(next(p for p in verb.window_object_prefixes if toks[charge].text.startswith(p))):]
            if rest in lex.charge_counts or rest.isdigit():
                return None  # "الحكومة الامريكية تتهم روف بتسع عمليات قتل": counts of a legal charge, not an accusation
    if verb.relative_passive_next and c.i > 0 and c.j < len(toks) and _same_sentence(toks, c.i - 1, c.j) \
            and toks[c.i - 1].text in lex.relative_pronouns and toks[c.j].text in verb.relative_passive_next:
        return None  # "خلال دراستهم التي نشرت في الموقع الطبي": was published in, no one reports
    if verb.passive_next and not verb.suffixed and c.j < len(toks) and _same_sentence(toks, c.i, c.j) \
            and toks[c.j].text in verb.passive_next:
        return None  # "ملاحظات وصفت بأنها استغلال", "حول ما وصف بأنه «جريمة»": was described as, by no one named
    if verb.passive_events and _passive_event(toks, c, verb, lex):
        return None  # "فقد أعلن مرارا عن وفاته", "وأعلن عن مقتل جندي": announced, by no one named (أُعلن عن)
    if verb.relative_thing_markers and c.i > 0 and _same_sentence(toks, c.i - 1, c.i) \
            and (toks[c.i - 1].text in lex.relative_pronouns or _relative_pluperfect(toks, c.i, lex)) and any(
                _same_sentence(toks, c.i, k) and toks[k].text in verb.relative_thing_markers
                for k in range(c.j, min(len(toks), c.j + 4))) and not _that_clause(toks, c, lex, cue_starts):
        return None  # "الجدار الذي أعلنت عنه الحكومة": the thing announced, not a claim
    if verb.participle:
        # "…، مؤكداً في الوقت ذاته استمرار الأعمال": a participle opening a clause after a comma
        # is circumstantial (the speaker goes on), whatever its object; an adjective sits in its phrase
        after_comma = c.i > 0 and _same_sentence(toks, c.i - 1, c.i) and toks[c.i - 1].text in lex.clause_commas
        # (one that needs a that-clause does even after a comma: "…، محذرة من عواقب" is an appeal)
        if verb.free and not after_comma and c.i > 0 and _same_sentence(toks, c.i - 1, c.i) and toks[c.i - 1].word \
                and not toks[c.i - 1].text.startswith(lex.definite_prefixes) and head_of(toks[c.i - 1].text, lex) is None \
                and not toks[c.i].text.endswith(lex.accusative_ending or "\0") and not _that_clause(toks, c, lex, cue_starts):
            return None  # "بتكلفة متوقعة تصل إلى": an adjective of the noun before it, no prediction
        if verb.after_comma_only and not after_comma:
            return None  # "ضبط متهمين", "شركات متهمة بمساعدة": the noun or adjective, no speaker
        complement = complement or verb.free or nxt in verb.adjacent_complements or (
            after_comma and not verb.clause_complement and not verb.window_object_prefixes)
        if not complement:
            return None
        # "…، قائلين لرويترز إنه": the outlet the participle's speaker spoke to relays it
        cand = _via_after(toks, c.j, lex, limit=2) if c.j < len(toks) and _same_sentence(toks, c.i, c.j) else None
        via = cand if cand is not None and _is_relay(_outlet_name(toks, cand, lex), _marked(toks, cand, lex), outlet, lex) \
            and not _channel_only(toks, c.j, cand) else None
        return _Mention(c, None, features=verb.features, participle=True, via=via)
    after = None if verb.object_prefixes and _admitted_object(toks, c.j, c, verb.object_prefixes, lex) \
        else _np_after(toks, c.j, lex, cue_starts, verb=True)  # "والذي أقر بحادثة": the fact, not the subject
    if after is not None and verb.object_prefixes:
        # "واعترف الوزير باستضافة حفلات": the subject ends at the admitted fact; as its second word only a noun
        # with the article or a feminine ending ("وأقر تشاك بليزر" is a name; "وأقر تشاك بليزر بتلقي" is not)
        cut = next((k for k in range(after[0] + 1, after[1]) if _admitted_object(toks, k, c, verb.object_prefixes, lex)
                    and (k - after[0] >= 2 or toks[k].text[1:].startswith(lex.definite_prefixes)
                         or toks[k].text.endswith(lex.feminine_endings))), None)
        if cut is not None:
            after = (after[0], cut)
            complement = True
        elif after[1] < len(toks) and _same_sentence(toks, c.i, after[1]) \
                and _admitted_object(toks, after[1], c, verb.object_prefixes, lex):
            complement = True  # "وأقر تشاك بليزر المسؤول السابق بتلقي رشاوى": the fact right after the subject
    if after is not None and verb.window_object_prefixes:
        # "اتهم قادة فصائل … الكاظمي بـ"المسؤولية"": the charge ends the phrase
        cut = next((k for k in range(after[0] + 1, after[1]) if toks[k].text in verb.window_object_prefixes
                    or _admitted_object(toks, k, c, verb.window_object_prefixes, lex, shortest=2)), None)
        if cut is not None:
            after = (after[0], cut)
    if after is not None and verb.prefix_complements:
        cut = next((k for k in range(after[0] + 1, after[1]) if toks[k].text in verb.prefix_complements
                    and k + 1 < len(toks) and toks[k + 1].text == '"'), None)
        if cut is not None:
            after = (after[0], cut)  # "وصف جون كيري الاتجار بالبشر بـ«الأمر المحير»": the description ends the phrase
    if after is not None and verb.complement_opens and toks[after[0]].text in verb.complements:
        after = None  # "بل اكتفى بالإشارة إلى": the complement right after the verb; the subject is its own
    if after is not None and verb.complement_opens_clitics and toks[c.i].text.startswith(verb.complement_opens_clitics) \
            and (toks[after[0]].text in verb.complements or toks[after[0]].text in verb.opening_objects):
        after = None  # "وأبدى سعادته بردة الفعل", "وأرجع أسباب التأخر إلى": the object right after the verb; it goes on
    if after is not None and verb.complements and not verb.suffixed:
        cut = next((k for k in range(after[0] + 1, after[1]) if toks[k].text in verb.complements
                    and not (toks[k].text == lex.partitive and _bare(toks[k - 1].text, lex) in lex.vague_quantifiers)), None)
        # ("شكا عدد من أهالي الحي": the partitive after a quantity is no complement)
        if cut is not None:
            after = (after[0], cut)  # "وأبدى الأمير أحمد حزنه العميق": the verb's complement ends its subject
    if after is None and c.i >= 2 and toks[c.i - 1].text == '"' and _same_sentence(toks, c.i - 2, c.i) \
            and (c.i - 2 in cue_starts or toks[c.i - 2].text in lex.complement_marks
                 or (mentions and _same_sentence(toks, mentions[-1].cue.i, c.i) and _mention_end(mentions[-1]) == c.i - 1)):
        return None  # 'وقال "اعتقد أنها …"': the first word of the quotation, the speaker's own "I think"
    past = after[1] if after is not None else c.j
    while past < len(toks) and past - (after[1] if after is not None else c.j) < 3 and _same_sentence(toks, c.i, past) \
            and toks[past].text in lex.time_words:
        past += 1  # "أعرب الاتحاد الأوروبي أول من أمس عن": a time phrase before the particle
    if verb.adjacent_complements and (nxt in verb.adjacent_complements or (
            after is not None and past < len(toks) and _same_sentence(toks, c.i, past)
            and (toks[past].text in verb.adjacent_complements or (  # "وشدد ابن سعيدان، على ضرورة"
                toks[past].text in lex.clause_commas and past + 1 < len(toks)
                and toks[past + 1].text in verb.adjacent_complements)))) \
            and (not verb.adjacent_needs_speaker or _speaker_points(toks, c, after, lex)):
        complement = True  # "كما شددوا على رفضهم", "أعرب الوزير عن"
    if not complement and after is not None and not verb.clause_complement and after[0] not in cue_starts \
            and _colon_after_subject(toks, c, after, lex):
        complement = True  # "وتابع هداف الدوري الموسم الماضي (27 هدفا): «…»": the subject, then a colon and the words
    before_split = after
    after, via = _split_relay(toks, c, after, verb, lex, cue_starts, consumed)
    if via is not None and _the_paper(toks, via, lex):
        via = _named_before(toks, via, lex)  # "وأضافت الصحيفة نقلا عن مصادر": the paper where it was named
    if verb.subject_lemmas:
        after, via = before_split, None  # "أظهر مسح لرويترز": the agency's own survey, not a relay
    marker_found = after != before_split or via is not None
    if verb.marker_role == "self" and not marker_found and outlet and _own_outlet_learned(toks, c, after, lex, outlet):
        # "علمت «الوطن» أن …" with no "من <source>": the outlet is not the source, the unnamed
        # sources it learned from are (anonymous, no words name them)
        return _Mention(c, None, features=verb.features, unnamed=True)
    prev = toks[c.i - 1].text if _same_sentence(toks, c.i - 1, c.i) else ""
    if verb.suffixed and verb.prefix_complements and after is not None and after[0] == c.j \
            and toks[after[0]].text.startswith(verb.prefix_complements):
        after = None  # "وصفها بالبطلة": the description, not the subject
    if verb.suffixed and verb.window_object_prefixes and after is not None and after[0] == c.j \
            and _admitted_object(toks, c.j, c, verb.window_object_prefixes, lex, shortest=2):
        after = None  # "حيث اتهمهما بإعلان الحرب": the charge, not the subject
    # "التي وصفها بالبطلة": a description the speaker gave on this occasion (a past form: "الذين يصفهم
    # بالخوارج" is a habit, and after "ما" it stays out, as in the older sets)
    described = verb.suffixed and verb.prefix_complements and prev in lex.relative_pronouns and complement \
        and not toks[c.i].text.startswith(lex.imperfect_prefixes)
    if verb.suffixed and verb.lemma in lex.what_report_lemmas and prev in lex.what_words and after is not None and after[0] == c.j \
            and (_recognised(toks, after, lex) or _names_outlet(toks, after, lex, outlet)):
        complement = True  # "نفت الحركة ما أوردته وكالة أنباء إيرانية": what the source reported is the claim
    # "مما اعتبرته تعريفا فضفاضا", "الذي اعتبره التقرير دليلا": the pronoun takes up the relative; a view
    relative_view = _relative_view(toks, c.i, verb, prev, nxt, lex)
    described = described or relative_view
    complement = complement or relative_view
    if relative_view and after is not None and not _recognised(toks, (after[0], after[0] + 1), lex) \
            and not toks[after[0]].text.startswith(lex.definite_prefixes):
        after = None  # "الذي اعتبره غير لائق": the view held, not its holder (who goes on)
    if relative_view and after is not None and toks[after[0]].text.startswith(lex.definite_prefixes):
        cut = next((k for k in range(after[0] + 1, after[1]) if toks[k].word
                    and not toks[k].text.startswith(lex.definite_prefixes)), None)
        if cut is not None and lex.partitive not in (toks[k].text for k in range(after[0], cut + 1)):
            # ("الكثير من المتاجرين": a quantity and its partitive stay whole)
            after = (after[0], cut)  # "اعتبرتها المنظمة جرائم حرب": the indefinite view ends its holder
    # "فيما اتهمهما آخر بمحاولة دهسه", "واتهموها بالتورط": the charge right after the verb or its subject
    described = described or (verb.suffixed and bool(verb.window_object_prefixes) and any(
        _same_sentence(toks, c.i, k) and _admitted_object(toks, k, c, verb.window_object_prefixes, lex, shortest=2)
        for k in range(c.j, min(len(toks), c.j + 2))))
    if verb.suffixed and not described and (nxt not in lex.complementizers or (
            toks[c.i].text.startswith(lex.proclitics) and not verb.prefix_complements)) \
            and (after is None or (prev not in lex.what_words
                                   and not _source_noun_after(toks, c.i, lex, definite_ok=bool(verb.prefix_complements)))):
        return None  # "أكده" is a cue in "ما أكده بيان ..." or "أعلنتها مصادر ...", not on its own
    if verb.object_markers:
        # "تحدثت مصادر محلية عن", "أجمع المختصون على": the marker right after an explicit
        # subject; for a verb that also takes أن (أجمع ... على أن) a complement will do
        if after is not None and after[1] < len(toks) and _same_sentence(toks, c.i, after[1]) \
                and toks[after[1]].text in verb.object_markers:
            complement = True
        elif after is not None and _marker_past_adverbs(toks, c, after[1], verb, lex):
            complement = True  # "وتحدث شهود آخرون أيضا عن مقتل مدنيين": an adverb between the subject and its marker
        elif after is not None and _marker_after_aside(toks, c, after[1], verb, lex):
            complement = True  # "وعبر مرصد حضرموت …، عن قلقه", "وعبر الملك في تصريحات أطلقها من العقبة عن قناعته"
        elif nxt in verb.object_markers and not toks[c.i].text.startswith(lex.proclitics) \
                and _source_subject_before(toks, c.i, lex, cue_starts) is not None:
            complement = True  # "إلا أن مصادر بفصائل تعارض الحوثيين تحدثت عن": the subject before the verb
        elif not toks[c.i].text.startswith(lex.proclitics) and _marker_soon(toks, c, verb, lex) and (
                prev in lex.personal_subjects or (prev and toks[c.i - 1].word and prev not in lex.pronoun_subjects
                                                  and _speaker_before(toks, c.i, lex, cue_starts)
                                                  and not _in_reported_clause(toks, c, mentions, lex))):
            complement = True  # "إن مرتضى عبر عن غضبه", "لكنه تحدث أيضاً عن رغبته": the subject before the verb
        elif strip_proclitic(prev, lex.pluperfect_particles, lex.proclitics)[0] and any(
                _same_sentence(toks, c.i, k) and toks[k].text in verb.object_markers for k in range(c.j, min(len(toks), c.j + 4))):
            complement = True  # "وكان المهنا قد عبر قبل أيام عن أمله", "وقد عبَّر عن ذلك": a verb after قد, its marker near
        elif after is not None and _feeling_marker_within(toks, c.i, _past_time_words(toks, after[1], lex), verb, reach=1) \
                and prev not in lex.relative_pronouns and not _in_reported_clause(toks, c, mentions, lex):
            complement = True  # "عبر الاتحاد الأوروبي أمس عن أمله": a feeling expressed, its subject after the verb
        elif not (verb.needs_complement and complement):
            return None
    np = after
    if c.who and toks[c.i - 2].text in lex.first_who:
        # "وكانت «عكاظ» أول من كشف عن": the subject of كان before "the first who" reported it
        np = after = _pluperfect_subject(toks, c.i - 2, lex, cue_starts)
        if np is None:
            return None
    elif c.who:
        np = after = (c.i - 1, c.i)  # "وثمة من يقول": those who say
    if prev in lex.pluperfect_particles:
        # "وكانت القيادة المركزية قد أعلنت (الخطة)": the subject sits before قد; a noun after the verb is its object
        np = _pluperfect_subject(toks, c.i - 1, lex, cue_starts) or np
    elif prev and (toks[c.i - 1].word or prev == '"') and not toks[c.i].text.startswith(lex.proclitics):
        # "وكان الجيش التركى اتهم حزب العمال بخطف": the same without قد (the subject between كان and the verb);
        # a quoted name closes it too ("وكانت «عكاظ» كشفت")
        np = _pluperfect_subject(toks, c.i, lex, cue_starts) or np
    if np is not None and np[0] > c.i and prev and toks[c.i - 1].word and prev not in lex.pluperfect_particles:
        # "وأشارت إلى أن أحد المتهمين اتهم الفتاتين": after a that-word the subject comes first, so an
        # unnamed source phrase right after it is the subject and the noun after the verb its object
        whole = _source_subject_before(toks, c.i, lex, cue_starts)
        if whole is not None and whole[0] > 0 and toks[whole[0] - 1].text in lex.complementizers \
                and _same_sentence(toks, whole[0] - 1, c.i):
            np = whole
    if lex.subject_before and verb.source_marker == "":
        pre = _np_before(toks, c.i, lex, cue_starts)
        if pre is not None:
            # "Officials told Reuters that ...": the object is the outlet, not the source
            if after is not None and via is None and _is_relay(_outlet_name(toks, after, lex), False, outlet, lex):
                via = after
            np = after = pre
    if prev in lex.relative_pronouns and _evidence_antecedent(toks, c.i - 1, lex):
        return None  # "الشهادات الصحية التي تؤكد خلوهم": a document or evidence, not a source
    if prev in lex.relative_pronouns and not relative_view \
            and (np is None or _relative_antecedent(toks, c.i - 1, lex, cue_starts)):
        # "أحد عمال الإنقاذ والذي ذكر", "المالكي الذي اتهم المملكة": the relative pronoun is the
        # subject, so its antecedent speaks; a noun after the verb is its object
        np = _relative_antecedent(toks, c.i - 1, lex, cue_starts)
    elif np is None:
        # a verb carrying و opens a new clause ("لا تغادر أصحابها وتكشف"): the words before it
        # belong to the clause before, never its subject
        if prev not in lex.pronoun_subjects and not _conjoined(toks[c.i].text, lex) and not relative_view:
            # "من جهة أخرى ظهرت أنباء تؤكد أن": an indefinite source noun right before the verb is its subject
            np = _indefinite_source_before(toks, c.i, lex, cue_starts, mentions) or _np_before(toks, c.i, lex, cue_starts)
            if np is not None:
                # "إلا أن مصادر قريبة من الحركة أكدت": the subject runs back through "من" to its
                # anonymous or vague head; "الحركة" alone is the end of that phrase, not the speaker
                whole = _source_subject_before(toks, c.i, lex, cue_starts)
                if whole is not None and whole[0] < np[0]:
                    np = whole
            else:
                # "مصادر الجزيرة في المسجد الأقصى أفادت بأن": a source phrase with a place in it opens the
                # clause, its last words no noun phrase of their own
                np = _source_subject_before(toks, c.i, lex, cue_starts)
        if np is None and prev in lex.clause_commas:
            np = _source_subject_before(toks, c.i - 1, lex, cue_starts)  # "لكن مصدراً بارزاً في …، أكد"
            aside = _aside_start(toks, c.i - 1, lex, cue_starts) if np is None else None
            if aside is not None:
                # "إلا أن مسؤولاً محلياً، طلب عدم ذكر اسمه، قال": the subject before a short aside between commas
                np = _source_subject_before(toks, aside, lex, cue_starts)
        if np is None and prev in lex.statement_forms and not prev.startswith(lex.definite_prefixes) \
                and not toks[c.i].text.startswith(lex.proclitics):
            np = (c.i - 1, c.i)  # "وأصدرت البورصة بيانا أكد صحة الأرقام": the statement confirmed it
        if np is None and verb.adjacent_needs_speaker and not _conjoined(toks[c.i].text, lex):
            h = _source_word_before(toks, c.i, lex)
            np = (h, c.i) if h is not None else None  # "يحدث كل ذلك والمعلومات الخاصة تشير إلى": its subject
    elif via is None and not _recognised(toks, np, lex):
        # "تقارير أخرى ذكرت وقوع قتيل": an indefinite source noun right before the
        # verb is its subject; what follows is the object
        pre = _indefinite_source_before(toks, c.i, lex, cue_starts, mentions)
        if pre is None and verb.features in lex.subject_first_features:
            # "إن وسطاء مقربين من الرئيس أكدوا عرض …": a plural verb agrees with a subject before it
            # (after it, the verb would be singular), so the noun after it is its object
            pre = _source_subject_before(toks, c.i, lex, cue_starts)
        if pre is not None:
            np = pre
    if np is None and after is None and toks[c.i].text in lex.impersonal_verbs and prev not in lex.pronoun_subjects \
            and not _has_complement(toks, c, lex, cue_starts, words_only=True):
        return None  # "حيث يُتوقع عند ذلك العودة": the impersonal passive, with no that-clause either
    if verb.subject_lemmas and (np is None or np[0] < c.i
                                or not _is_word_in(_first_content(toks, np, lex), verb.subject_lemmas, lex)):
        return None  # "أظهر مسح لرويترز أن": a survey shows; "أظهرت البيانات" is evidence
    if verb.news_subject and not _news(toks, np, lex):
        return None  # "ترددت أنباء عن": news circulating; "تردد في القرار" (hesitated) is no report
    if np is not None and _is_word_in(_first_content(toks, np, lex), lex.evidence_nouns, lex):
        return None  # "تؤكد اللقطات": evidence, not a source
    if np is None and not toks[c.i].text.startswith(lex.proclitics) and _evidence_before(toks, c.i, lex, cue_starts):
        return None  # "إن المؤشرات الأولية تشير": evidence, not a source ("وشرحت هذه الرؤية للأشقاء وأكدت": the
        # words before a verb joined by و/ف are the clause before it, not its subject)
    if verb.event_object and not as_reported and _announces_own_act(toks, c, np, lex) and not _that_clause(toks, c, lex, cue_starts):
        return None  # "أعلن الرئيس حالة الطوارئ", "أعلنت الوزارة تأسيس جمعية": an act, not a report
    if not complement and verb.needs_complement and verb.source_object and _source_word_then_object(toks, c, np, lex):
        complement = True  # "وأبانت المصادر عزم الإدارة", "وعزت المصادر السبب لعدم": the sources' claim
    if not complement and verb.needs_complement:
        return None
    if verb.needs_marker and not marker_found and not _has_complement(toks, c, lex, cue_starts, words_only=True):
        return None  # "نقل محاكمة مبارك إلى ...": moving, not relaying
    if verb.strict and not complement and not _recognised(toks, np, lex) and not _spoke_before(toks, c, np, mentions, lex):
        return None  # "تشير الفصائل ... إلى أنفسهم": not reporting
    if via is None and np is not None and np[0] > c.i and np[1] < len(toks) and toks[np[1]].text in lex.complementizers:
        # "أبلغ جوردون ديريك رئيس الاتحاد رويترز أنه": the agency told, right before the that-clause
        for n in (3, 2, 1):
            before_name = toks[np[1] - n - 1].text
            if (not before_name.startswith(lex.definite_prefixes) and head_of(before_name, lex) is None) \
                    or _bare(before_name, lex) in lex.outlet_markers:
                continue  # "رئيس نادي الأسير قدورة فارس أن": a surname that is also an agency's name; "وكالة رويترز": its name
            if np[1] - n > np[0] and not toks[np[1] - n].text.startswith(lex.definite_prefixes) \
                    and " ".join(toks[k].text for k in range(np[1] - n, np[1])) in lex.agencies:
                # (not "دول الخليج العربية أن": an adjective with the article is no agency name)
                np, via = (np[0], np[1] - n), (np[1] - n, np[1])
                break
    if via is None and np is not None and np[0] > c.i and verb.lemma in lex.telling_lemmas:
        # "وأبلغ المصدر وكالة الأنباء الألمانية بأن": a definite subject ends before an outlet's marker, the one
        # told (a definite noun takes no genitive: "مدير وكالة الأنباء" is the agency's director)
        cut = next((k for k in range(np[0] + 1, np[1]) if toks[k].word and _bare(toks[k].text, lex) in lex.outlet_markers
                    and not toks[k].text.startswith(lex.attached_preps) and toks[k - 1].word
                    and toks[k - 1].text.startswith(lex.definite_prefixes)), None)
        if cut is not None and _is_relay(_outlet_name(toks, (cut, np[1]), lex), True, outlet, lex):
            np, via = (np[0], cut), (cut, np[1])
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
    if via is None:
        cand = _fronted_statement_via(toks, c.i, lex)
        if cand is not None and _is_relay(_outlet_name(toks, cand, lex), True, outlet, lex):
            via = cand
    if via is None and np is not None:
        cand = _interview_via(toks, np, lex)
        if cand is not None and _is_relay(_outlet_name(toks, cand, lex), True, outlet, lex):
            via = cand
    if via is None and np is not None and c.j <= np[0] <= c.j + 2 and _same_sentence(toks, c.i, np[1] - 1):
        cand = _relay_before_words(toks, c.i, np[1], lex, cue_starts)
        if cand is not None and _is_relay(_outlet_name(toks, cand, lex), True, outlet, lex):
            via = cand  # "وقال المصدر، الذي فضل عدم الكشف عن اسمه، لوكالة الأنباء الألمانية إن"
    if verb.subject_lemmas:
        via = None  # "أظهر مسح لرويترز نشرت نتائجه": the agency's own survey, not a relay
    return _Mention(c, np, via=via, features=verb.features)


def _marker_after_aside(toks: list[_Tok], c: _Cue, end: int, verb: VerbCue, lex: CueLexicon, reach: int = 8) -> bool:
    """The verb's marker (عن) or a that-clause comes after its explicit subject and a comma, or after a short
    phrase on the occasion ("في تصريحات أطلقها من العقبة"): "وتحدث الدكتور محمد حبيبي …، أن"."""
    if end >= len(toks) or not _same_sentence(toks, c.i, end):
        return False
    first = toks[end].text
    if first in lex.clause_commas:
        for k in range(end + 1, min(len(toks), end + reach + 4)):  # "…، أحد زوار فعاليات العيد، عن": an aside first
            if not _same_sentence(toks, c.i, k):
                return False
            t = toks[k].text
            if t in verb.object_markers or t in lex.complementizers:
                # (or a description of the speaker with no closing comma: "…، أحد زوار فعاليات العيد بمسرح دار العلوم عن")
                head = head_of(toks[end + 1].text, lex)
                return toks[k - 1].text in lex.clause_commas or toks[end + 1].text in lex.one_of \
                    or (head is not None and head.cls == "named_titles")
            if not toks[k].word and t not in lex.clause_commas:
                return False
        return False
    if first not in lex.speech_preps:
        return False
    # (the occasion may be long: "في كلمته التي ألقاها في افتتاح أعمال اللقاء الذي عقد في برشلونة … عن")
    for k in range(end + 1, min(len(toks), end + (lex.occasion_reach or reach))):
        if not _same_sentence(toks, c.i, k) or toks[k].text in lex.complementizers or toks[k].text in lex.clause_commas:
            return False
        if toks[k].text in verb.object_markers:
            return any(_is_word_in(toks[m].text, lex.speech_nouns, lex) for m in range(end + 1, k))
    return False


def _speaker_before(toks: list[_Tok], i: int, lex: CueLexicon, cue_starts: set[int]) -> bool:
    """A person, an office or an outlet as the subject right before the verb, opening its clause ("إن مرتضى",
    "ووزير الداخلية الإيراني", "أن صحيفة التايمز الهندية"); a thing ("وثيقة المرأة تتحدث عن") is a topic."""
    span = _np_before(toks, i, lex, cue_starts)
    if span is None:
        return False
    first = _first_content(toks, span, lex)
    head = head_of(first, lex)
    return (head is not None and not head.inanimate) or _bare(_unclitic(first, lex), lex) in lex.outlet_markers or (
        span[1] - span[0] <= 3 and not first.startswith(lex.definite_prefixes) and head is None and len(first) >= 3
        and first not in lex.negators and first not in lex.np_first_stop and _name_seen(toks, span[0]))


def _in_reported_clause(toks: list[_Tok], c: _Cue, mentions: list[_Mention], lex: CueLexicon, reach: int = 6) -> bool:
    """The verb sits in the that-clause of a report made earlier in its sentence ("وأضاف أن تركيا عبرت عن
    استعدادها"): a stance inside another speaker's words, as with أبدى."""
    return any(toks[k].text in lex.complementizers and any(m.cue.i < k and toks[m.cue.i].sent == toks[c.i].sent for m in mentions)
               for k in range(c.i - 1, max(-1, c.i - reach), -1) if toks[k].sent == toks[c.i].sent)


def _past_time_words(toks: list[_Tok], k: int, lex: CueLexicon, reach: int = 4) -> int:
    """The first token from ``k`` that is no time word («أمس», «اليوم», «الأحد»), at most ``reach`` on."""
    end = min(len(toks), k + reach)
    while k < end and toks[k].text in lex.time_words:
        k += 1
    return k


def _marker_past_adverbs(toks: list[_Tok], c: _Cue, k: int, verb: VerbCue, lex: CueLexicon, reach: int = 3) -> bool:
    """The verb's marker right after its subject past one to ``reach`` adverbs or time words («أيضا», «أمس»)."""
    j = k
    while j < len(toks) and j - k < reach and _same_sentence(toks, c.i, j) \
            and (toks[j].text in lex.np_skip_first or toks[j].text in lex.time_words):
        j += 1
    return j > k and j < len(toks) and _same_sentence(toks, c.i, j) and toks[j].text in verb.object_markers


def _marker_soon(toks: list[_Tok], c: _Cue, verb: VerbCue, lex: CueLexicon) -> bool:
    """The verb's particle right after it, past an adverb or a bracketed aside ("تحدث أيضاً عن", "تحدثت (في نفس
    الفترة تقريباً) عن")."""
    k = c.j
    while k < len(toks) and _same_sentence(toks, c.i, k) and k - c.j < 8:
        t = toks[k].text
        if t in verb.object_markers:
            return True
        if t == "(":
            close = _closing_bracket(toks, k, 6)
            if close is None:
                return False
            k = close + 1
            continue
        if t not in lex.np_skip_first:
            return False
        k += 1
    return False


def _colon_after_subject(toks: list[_Tok], c: _Cue, after: tuple[int, int], lex: CueLexicon) -> bool:
    """A colon right after the subject that follows the verb (past a short bracketed aside: "(27 هدفا)"),
    then the words: the verb reports them, whatever window it needs for a that-clause."""
    k = after[1]
    if after[0] < c.j or k >= len(toks) or not _same_sentence(toks, c.i, k):
        return False
    if toks[k].text == "(":
        close = _closing_bracket(toks, k, 5)
        if close is None:
            return False
        k = close + 1
    if not (k + 1 < len(toks) and _same_sentence(toks, c.i, k + 1) and toks[k].text == ":" and ":" in lex.complement_marks):
        return False
    first = k + 2 if toks[k + 1].text == '"' else k + 1
    # 'يتساءل أبو شعيب: «هل …»': a yes/no question claims nothing, after a colon as right after the verb
    return not (first < len(toks) and c.verb is not None and toks[first].text in c.verb.not_followed_by)


def _conjoined(token: str, lex: CueLexicon) -> bool:
    """The verb carries a clause conjunction (وتكشف), not a letter of its own (وصف)."""
    key, dropped = strip_proclitic(token, lex.verbs, lex.proclitics)
    return bool(key) and dropped > 0 and token.startswith(lex.clause_conjunctions)


def _own_outlet_learned(toks: list[_Tok], c: _Cue, after: tuple[int, int] | None, lex: CueLexicon, outlet: str) -> bool:
    """The subject right after the verb (quoted or not) is the article's own outlet."""
    span = after
    if c.j < len(toks) and toks[c.j].text == '"' and _same_sentence(toks, c.i, c.j):
        close = _closing_quote(toks, c.j)
        span = (c.j + 1, close) if close is not None and close > c.j + 1 else None
    if span is None or span[0] != c.j + (toks[c.j].text == '"'):
        return False
    name = " ".join(toks[k].text for k in range(*span) if toks[k].word)
    return bool(name) and _own_outlet(name, outlet, lex)


def _evidence_antecedent(toks: list[_Tok], r: int, lex: CueLexicon, reach: int = 3) -> bool:
    """The relative pronoun at ``r`` follows an evidence noun, within ``reach`` words and with no
    source noun nearer ("الشهادات الصحية التي")."""
    for k in range(r - 1, max(-1, r - 1 - reach), -1):
        if not _same_sentence(toks, k, r) or not toks[k].word or toks[k].text in lex.antecedent_stops:
            return False  # "وتأتي هذه الأرقام في الوقت الذي قال": the antecedent (الوقت) ends at its preposition
        if head_of(toks[k].text, lex) is not None:
            return False
        if _is_word_in(toks[k].text, lex.evidence_nouns, lex):
            return True
    return False


def _speaker_points(toks: list[_Tok], c: _Cue, after: tuple[int, int] | None, lex: CueLexicon) -> bool:
    """"أشار إلى" + noun is a report when someone points it out: a source noun or a statement
    ("وأشار التقرير إلى") after the verb, or a speaker going on ("وأشارت إلى", "…، يشير إلى");
    things pointing ("وتشير الضربات الجوية إلى", "مربع … يشير إلى") are not."""
    if after is not None:
        first = _first_content(toks, after, lex)
        # an outlet ("وأشارت الصحيفة إلى") or a person already named in the article ("وأشار هيرشمان في
        # استعراضه … إلى") points something out too; a word with the article that is no source word is a thing
        # a study points out as a report does ("ونبهت الدراسة إلى خطورة الجمع", "وأشار التقرير إلى")
        return _recognised(toks, after, lex) or _is_word_in(first, lex.speech_nouns, lex) \
            or _is_word_in(first, lex.study_nouns, lex) \
            or _bare(first, lex) in lex.outlet_markers or (
                not first.startswith(lex.definite_prefixes) and head_of(first, lex) is None
                and not _is_word_in(first, lex.evidence_nouns, lex) and _name_seen(toks, after[0]))
    prev = toks[c.i - 1].text if _same_sentence(toks, c.i - 1, c.i) else ""
    # ("وكانت الرئاسة العامة للأرصاد قد نبهت عن": after قد the subject stands before it, between كان and قد)
    return toks[c.i].text.startswith(lex.proclitics) or prev in lex.clause_commas \
        or strip_proclitic(prev, lex.pluperfect_particles, lex.proclitics)[0] != "" \
        or _source_word_before(toks, c.i, lex) is not None


def _source_word_before(toks: list[_Tok], i: int, lex: CueLexicon, reach: int = 3) -> int | None:
    """Where a source word or a statement opens the words right before the verb, in its clause: the
    subject before it ("أن التقرير يشير إلى", "والمعلومات الخاصة تشير إلى", "وسط أنباء تشير إلى")."""
    for h in range(i - 1, max(-1, i - 1 - reach), -1):
        if not _same_sentence(toks, h, i) or not toks[h].word:
            return None
        t = toks[h].text
        if t in lex.complementizers or t in lex.clause_boundaries or _is_word_in(t, lex.evidence_nouns, lex):
            return None
        head = head_of(t, lex)
        # (information and news pointing, "والمعلومات الخاصة تشير", stay out: the sets disagree on their class
        # and on whether they are evidence, like "المعطيات")
        if (head is not None and not head.adjectival and not head.inanimate) or _is_word_in(t, lex.speech_nouns, lex):
            return h
    return None


def _news(toks: list[_Tok], np: tuple[int, int] | None, lex: CueLexicon) -> bool:
    """The phrase is news, reports, information or rumours (an inanimate vague head)."""
    if np is None:
        return False
    first = _first_content(toks, np, lex)
    head = head_of(first, lex) if first else None
    return head is not None and head.inanimate


def _passive_event(toks: list[_Tok], c: _Cue, verb: VerbCue, lex: CueLexicon) -> bool:
    """A masculine singular verb followed, after at most two words of ``passive_event_skip`` ("فيها", "مرارا"),
    by عن and a death or killing (``passive_events``): no subject stands between, so it is the agentless passive
    ("التي يعلن فيها عن وفاة الملا عمر"); a feminine verb ("وأعلنت عن مقتل") has its subject in the verb."""
    if verb.features != "ms" or verb.suffixed or verb.participle or not lex.passive_event_marker:
        return False
    k = c.j
    while k < len(toks) and k - c.j < 2 and _same_sentence(toks, c.i, k) and toks[k].text in lex.passive_event_skip:
        k += 1
    return k + 1 < len(toks) and _same_sentence(toks, c.i, k + 1) and toks[k].text == lex.passive_event_marker \
        and toks[k + 1].word and _is_word_in(toks[k + 1].text, verb.passive_events, lex)


def _appeal(toks: list[_Tok], c: _Cue, verb: VerbCue, lex: CueLexicon, window: int = 8) -> bool:
    """"شدد على أهمية": an appeal word right after the verb's adjacent complement, before any that-clause."""
    for k in range(c.j, min(len(toks) - 1, c.j + window)):
        if not _same_sentence(toks, c.i, k + 1) or toks[k].text in lex.complementizers:
            return False
        if toks[k].text in verb.adjacent_complements:
            return toks[k + 1].text in verb.appeal_objects
    return False


def _other_sense(toks: list[_Tok], c: _Cue, objects: frozenset[str], lex: CueLexicon, window: int = 8) -> bool:
    """One of ``objects`` in the verb's clause, before any that-clause: the verb in its other sense."""
    for k in range(c.j, min(len(toks), c.j + window)):
        if not _same_sentence(toks, c.i, k) or toks[k].text in lex.complementizers:
            return False
        if toks[k].word and _is_word_in(toks[k].text, objects, lex):
            return True
    return False


def _named_before(toks: list[_Tok], span: tuple[int, int], lex: CueLexicon, reach: int = 400) -> tuple[int, int]:
    """"بحسب الصحيفة": the paper's name where it was last given ("صحيفة “اكسبرس”"), else the word itself."""
    marker = _bare(toks[span[0]].text, lex)
    for k in range(span[0] - 1, max(-1, span[0] - reach), -1):
        if toks[k].word and not toks[k].text.startswith(lex.definite_prefixes) and _bare(toks[k].text, lex) == marker:
            if k + 1 < len(toks) and toks[k + 1].text == '"':
                close = _closing_quote(toks, k + 1)
                if close is not None:
                    return (k + 2, close)
            if k + 1 < span[0] and toks[k + 1].word:
                return (k + 1, k + 2)
    return span


def _inanimate(toks: list[_Tok], span: tuple[int, int], lex: CueLexicon) -> bool:
    head = head_of(toks[span[0]].text, lex)
    return head is not None and (head.inanimate or head.lemma in lex.media_lemmas)


def _channel_only(toks: list[_Tok], j: int, cand: tuple[int, int]) -> bool:
    """The relay found for a participle lies further than its own next words (a channel later on)."""
    return cand[0] > j + 2


def _aside_start(toks: list[_Tok], comma: int, lex: CueLexicon, cue_starts: set[int]) -> int | None:
    """The comma opening a short aside that ends at ``comma`` ("، طلب عدم ذكر اسمه،"), words only between."""
    for k in range(comma - 1, max(-1, comma - 1 - lex.pre_np_max), -1):
        if not _same_sentence(toks, k, comma) or k in cue_starts:
            return None
        if toks[k].text in lex.clause_commas:
            return k if k < comma - 1 else None
        if not toks[k].word:
            return None
    return None


def _relative_pluperfect(toks: list[_Tok], i: int, lex: CueLexicon) -> bool:
    """"التي كانت وزارة الداخلية أعلنت عنها": a relative pronoun, then كان and a subject before the verb."""
    for k in range(i - 1, max(0, i - 1 - lex.pre_np_max), -1):
        if not _same_sentence(toks, k, i) or not toks[k].word:
            return False
        if toks[k].text in lex.pluperfect_auxiliaries:
            return k > 0 and toks[k - 1].text in lex.relative_pronouns
    return False


def _that_clause(toks: list[_Tok], c: _Cue, lex: CueLexicon, cue_starts: set[int]) -> bool:
    """A complementizer (أن/إن) follows the cue in its sentence, before the next cue."""
    for k in range(c.j, min(len(toks), c.j + lex.complement_window)):
        if toks[k].sent != toks[c.i].sent or k in cue_starts or toks[k].text in lex.complement_barriers \
                or _since(toks, k, lex):
            return False
        if toks[k].text in lex.complementizers:
            return True
    return False


def _since(toks: list[_Tok], k: int, lex: CueLexicon) -> bool:
    """"حيث إن/أن" at ``k``: since (a reason); its أن is not a that-clause of the verb before it."""
    return toks[k].text in lex.since_words and k + 1 < len(toks) and toks[k + 1].sent == toks[k].sent \
        and toks[k + 1].text in lex.complementizers


def _spoke_before(toks: list[_Tok], c: _Cue, np: tuple[int, int] | None, mentions: list[_Mention], lex: CueLexicon) -> bool:
    """The name right after the verb is that of a speaker the article already quoted: "وقالت لينش «…». واضافت لينش
    وهي ايضا من السود «…»", "وأضاف يحيى العبيري لا بد من حل جذري": adding to one's own words needs no that-word."""
    if np is None or np[0] != c.j or np[1] - np[0] > 3:
        return False
    last = _bare(toks[np[1] - 1].text, lex)
    if len(last) < 3 or head_of(toks[np[1] - 1].text, lex) is not None:
        return False
    return any(m.np is not None and m.np[1] <= c.i and _bare(toks[m.np[1] - 1].text, lex) == last for m in mentions)


def _announces_own_act(toks: list[_Tok], c: _Cue, np: tuple[int, int] | None, lex: CueLexicon) -> bool:
    """The object of "announced", within a few words after its subject (or an عن), is an act noun:
    launching, founding, a state of emergency ("أعلن المركز الدولي للأمن الرياضي عن مبادرة")."""
    start = np[1] if np is not None and np[0] > c.i else c.j
    if np is not None and np[0] == c.j and (toks[c.j].text in lex.act_nouns or _stem(toks[c.j].text, lex) in lex.act_nouns):
        start = c.j  # "أعلن تنازله عن التلفيات": the act right after the verb, read as its subject
    words = 0
    for k in range(start, min(len(toks), start + 9)):
        if not _same_sentence(toks, c.i, k) or toks[k].text in lex.complementizers or toks[k].text in lex.relative_pronouns:
            return False
        words += toks[k].word
        if words > 5:
            break  # five words on ('أعلن "طيران ناس" عن تكريم': the quote marks of a name do not count)
        if toks[k].text in lex.object_nouns or _stem(toks[k].text, lex) in lex.object_nouns:
            return False  # the result is announced first: "أشارت المصادر إلى مقتل ثمانية من تنظيم داعش" (a claim; تنظيم here the group)
        if toks[k].text in lex.act_nouns or (_stem(toks[k].text, lex) in lex.act_nouns  # بدء: no ب + دء
                                             and not toks[k].text.startswith(lex.act_blocked_prefixes)):
            return True  # ("الفرع المصري لتنظيم «داعش» مسؤوليتها": of the organisation, no act)
    return _act_after_marker(toks, c, start, lex)


def _act_after_marker(toks: list[_Tok], c: _Cue, start: int, lex: CueLexicon, reach: int = 14) -> bool:
    """"أعلنت قيادة قوات التحالف المساندة للشرعية في اليمن، أمس، عن «هدنة إنسانية»": past a long tail of the
    subject, the act named right after the verb's عن (its quote marks aside) is what was announced."""
    for k in range(start, min(len(toks), start + reach)):
        if not _same_sentence(toks, c.i, k) or toks[k].text in lex.complementizers \
                or toks[k].text in lex.relative_pronouns:
            return False
        if lex.act_marker and toks[k].text == lex.act_marker:
            n = k + 1
            while n < len(toks) and _same_sentence(toks, c.i, n) and not toks[n].word:
                n += 1
            return n < len(toks) and _same_sentence(toks, c.i, n) and (
                toks[n].text in lex.act_nouns or _stem(toks[n].text, lex) in lex.act_nouns)
    return False
