"""Attribution stage 2: the source noun phrase around a cue (after it in VSO order, before it
in SVO order, the antecedent of a relative pronoun, the subject of a pluperfect, the source
inside a "بحسب ما" clause).

Package-private, used by ``analysis.sourcing.attribution``.
"""
from __future__ import annotations

from analysis.sourcing.cues import CueLexicon, head_of, names_next, strip_proclitic
from analysis.sourcing.tokens import _bare, _closing_quote, _is_word_in, _same_sentence, _stem, _Tok, _unclitic


def _np_after(toks: list[_Tok], j: int, lex: CueLexicon, cue_starts: set[int], *, verb: bool) -> tuple[int, int] | None:
    """Token span of the noun phrase starting at ``j`` (None when none starts there)."""
    if j >= len(toks) or not _same_sentence(toks, j - 1, j):
        return None
    while toks[j].text in lex.np_skip_first and _same_sentence(toks, j, j + 1):
        j += 1  # "أكده أيضاً بيان": the adverb is not part of the subject
    if verb and toks[j].text in lex.first_person_addressees and j + 1 < len(toks) and _same_sentence(toks, j, j + 1) \
            and toks[j + 1].word and (toks[j + 1].text.startswith(lex.definite_prefixes[0]) or toks[j + 1].text in lex.one_of
                                      or head_of(toks[j + 1].text, lex) is not None):
        # "ما رواه لي أحد العاملين", "وقال لنا مصدر مطلع": the writer told is the object; a source word after it
        # is the subject ("قال لي كون-هي": Lee, a name, stays the subject)
        j += 1
    if verb and toks[j].text in lex.pronoun_objects and j + 1 < len(toks) and _same_sentence(toks, j, j + 1):
        # "ما صرح به ساركوزي", "التي أعلن عنها زعيم": after "what" or a relative pronoun the pronoun
        # is the verb's object (it stands for the "what") and the subject follows it
        before = toks[j - 2].text if j >= 2 and _same_sentence(toks, j - 2, j) else ""
        if (before in lex.what_words or _unclitic(before, lex) in lex.what_words or before in lex.relative_pronouns
                or any(p.fused_what and not p.words for p in lex.preps.get(_unclitic(before, lex), ()))) \
                and not _is_word_in(toks[j + 1].text, lex.evidence_nouns, lex):
            # ("وحسبما أشارت إليه تلك المصادر": «ما» written on the preposition)
            j += 1  # (not "الذي ينفي فيه وقائع": a thing after it is the object, the subject is implicit)
    if verb and toks[j].text in lex.pronoun_objects and (
            j + 1 >= len(toks) or not _same_sentence(toks, j, j + 1)
            or toks[j + 1].text in lex.complementizers or toks[j + 1].text in lex.complement_marks):
        return None  # "كلمة لوزير الإسكان، أوضح فيها أن": "in it" is the object; no subject follows
    first = toks[j].text
    if verb and toks[j].word:
        key, _ = strip_proclitic(first, lex.verbs, lex.proclitics)
        if key and (lex.verbs[key].participle or not lex.verbs[key].suffixed and first.startswith(lex.proclitics)):
            # "وأردف مؤكداً أن": the participle restates the verb; "حسب ما يرى ويعتقد": a second
            # verb, not a subject; either way the subject is implicit
            return None
    if verb and first in lex.time_words and first not in lex.np_skip_first:
        k = j + 1
        while k < len(toks) and k - j < 4 and _same_sentence(toks, k - 1, k) and toks[k].text in lex.time_words:
            k += 1  # "كما اعلن امس الاثنين متحدثون", "أول من أمس": a time phrase of up to four words
        if k < len(toks) and _same_sentence(toks, k - 1, k) and toks[k].word and _source_head(toks[k].text, lex):
            # "كما ذكرت الجمعة مصادر رسمية", "وذكرت أمس مصادر": a time word between the verb and its subject
            return _np_after(toks, k, lex, cue_starts, verb=True)
    if verb and first in lex.period_nouns and j + 1 < len(toks) and _same_sentence(toks, j, j + 1) \
            and toks[j + 1].text in lex.period_adjectives:
        # "حسبما أعلن الأسبوع الماضي مع تركيز الشركة": when, not who; a subject may follow it ("أعلن الشهر
        # الماضي وزير الخارجية أن")
        return _np_after(toks, j + 2, lex, cue_starts, verb=True)
    if verb and first == '"':
        inner = _quoted_subject(toks, j, lex)
        if inner is not None:
            return inner  # 'وقال " مسؤول كبير " إن': a short quoted subject, then the words
        told = _quoted_object(toks, j, lex)
        if told is not None:
            # 'أبلغ "الاقتصادية" مصدر مسؤول', 'وأبلغت «عكاظ» مصادر مطلعة': the outlet told (the verb's
            # object, no ل), then the subject
            return _np_after(toks, told, lex, cue_starts, verb=True)
    quoted = _quoted_addressee(toks, j, lex) if verb and _addressee(toks, j, lex) else None
    if quoted is not None:
        # "وكشف لـ«عكاظ» مصدر مطلع أن": the subject follows the outlet it spoke to
        nxt = quoted[1] + 1
        if nxt + 1 < len(toks) and toks[nxt].text in lex.clause_commas and _same_sentence(toks, nxt, nxt + 1):
            nxt += 1  # 'أكد لـ "الاقتصادية"، مصدر من الشركة': a comma after the outlet
        return _np_after(toks, nxt, lex, cue_starts, verb=True)
    # "وأضافت تلك المصادر": a demonstrative before a source noun opens the subject
    pointing = first in lex.demonstratives and _same_sentence(toks, j, j + 1) and head_of(toks[j + 1].text, lex) is not None
    if not pointing and (not toks[j].word or first in lex.np_first_stop or first in lex.np_stop or first in lex.complementizers):
        return None
    if verb and toks[j].word and lex.accusative_ending and first.endswith(lex.accusative_ending) \
            and not first.startswith(lex.definite_prefixes) and len(first) - len(lex.accusative_ending) >= 3 \
            and (h := head_of(first[:-len(lex.accusative_ending)], lex)) is not None and h.number == "singular" \
            and h.cls in ("anonymous", "anonymous_if_indefinite"):
        # "لكن مصدراً مقرباً من دوستم ينفي ذلك متحدثاً عن تعاون", "وأبلغ مسؤولاً أمنياً بالحادث": the accusative
        # indefinite after the verb is its object or a circumstantial, never its subject (which is nominative)
        return None
    if verb and (first in lex.object_nouns or _stem(first, lex) in lex.object_nouns or first in lex.verb_first_objects
                 or _is_word_in(first, lex.state_objects, lex)):
        return None  # "وأكد عزم الجيش على ...", "يؤكد استمرار …": the object; the subject is the verb's own
    if verb and _addressee(toks, j, lex):
        return None  # "الذي قال للجزيرة نت إن": who was spoken to; the subject is elsewhere
    k = j
    while k < len(toks) and toks[k].sent == toks[j].sent and k - j < lex.np_max:
        t = toks[k]
        if not t.word and k > j and k + 1 < len(toks) and _same_sentence(toks, k, k + 1) and names_next(toks, k + 1, lex):
            k += 2  # "أحد الشهود، ويدعى عبد الناصر سيد،": the name given to the speaker belongs to the phrase
            continue
        if t.word and k > j and names_next(toks, k, lex):
            k += 1  # "شخص يدعى يو"
            continue
        if not t.word:
            # a quoted name right after an outlet word or a body's word: وكالة "رويترز", إحصاءات منظمة «الفاو»
            if t.text == '"' and k > j and _bare(toks[k - 1].text, lex) in lex.outlet_markers | lex.name_markers:
                close = _closing_quote(toks, k)
                if close is not None:
                    k = close + 1
                    continue
            break
        if k > j and t.text in lex.names_after_honorifics and (toks[k - 1].text in lex.honorifics or (
                k + 1 < len(toks) and _same_sentence(toks, k, k + 1) and toks[k + 1].text in lex.name_links)):
            # "اللواء علي إبراهيم", "المتحدث الرسمي لإمارة منطقة جازان علي بن موسى زعلة": after a rank or
            # before «بن», علي is the name, not the preposition
            k += 1
            continue
        if k > j and (t.text in lex.np_stop or t.text in lex.complementizers or k in cue_starts
                      or t.text in lex.pronoun_subjects or t.text in lex.what_words):
            break  # "الكاتب احمد الحداد فهو يرى": a new clause
        if verb and k > j and _addressee(toks, k, lex) and t.text.startswith(lex.addressee_prefix * 2) \
                and k - j <= 2 and _bare(toks[j].text, lex) in lex.outlet_markers:
            k += 1
            break  # "وكالة الأناضول للأنباء": the agency's name, which ends there
        if verb and k > j and _office_genitive(toks, j, k, lex):
            k += 1  # "وعبر المدير العام للجمعية فيصل الهلال عن": the office's body, not who was spoken to
            continue
        if verb and k > j and _body_name_then_person(toks, k, lex):
            k += 1  # "رئيس مدينة الملك عبدالعزيز للعلوم والتقنية الأمير الدكتور تركي": the body's name, then his
            continue
        if verb and k > j and _addressee(toks, k, lex) and not (t.text.startswith(lex.addressee_prefix * 2)
                                                                and _inanimate_first(toks, j, lex)):
            break  # "قال قاآني للسيد الكاظمي", "لوكالة رويترز": the addressee, not the speaker
            # (reports speak to no one: "تقارير رقابية للهيئة الوطنية" is whose reports they are)
        if k > j and t.text in lex.time_words and k + 1 < len(toks) and toks[k + 1].text in lex.time_words \
                and toks[k + 1].sent == t.sent:
            break  # "الاتحاد الأوروبي أول من أمس": a time phrase ends the subject
        if k > j and t.text in lex.np_first_stop and k + 1 < len(toks) and toks[k + 1].text in lex.complementizers:
            break  # "ما قاله العالم من أن": the preposition opens the that-clause
        if k > j and t.text in lex.speech_preps and k + 1 < len(toks) and _is_word_in(toks[k + 1].text, lex.speech_nouns, lex):
            break  # "قال الوزير في تصريحات": where it was said, not who said it
        if k > j and (t.text in lex.object_nouns or _stem(t.text, lex) in lex.object_nouns
                      or t.text in lex.act_nouns or _stem(t.text, lex) in lex.act_nouns) \
                and toks[k - 1].text not in lex.name_links:
            break  # "أعلن الجيش العراقي نجاة الكاظمي": the object starts ("مبارك بن بنيه": a name goes on)
        if k > j and t.text in lex.objects_after_definite and toks[k - 1].text.startswith(lex.definite_prefixes):
            break  # "ونفت إدارة نادي الشباب جميع الأنباء المتداولة": the object after a definite subject
        k += 1
    return (j, k) if k > j else None


def _office_genitive(toks: list[_Tok], j: int, k: int, lex: CueLexicon) -> bool:
    """ل + a body (``office_bodies``) at ``k`` right after an office title, or a title and one definite
    adjective ("المتحدث الرسمي للمؤسسة"): whose office it is, not an addressee ("قال الوزير للصحفيين")."""
    p = lex.addressee_prefix
    t = toks[k].text
    if not p or not t.startswith(p * 2) or t[2 * len(p):] not in lex.office_bodies:
        return False
    for m in (k - 1, k - 2):
        if m < j:
            return False
        head = head_of(toks[m].text, lex)
        if head is not None and head.cls in ("named_titles", "anonymous_if_indefinite"):
            return m == k - 1 or toks[k - 1].text.startswith(lex.definite_prefixes)
    return False


def _body_name_then_person(toks: list[_Tok], k: int, lex: CueLexicon) -> bool:
    """ل + a definite word at ``k`` that is no source word, up to two definite words after it, then an honorific
    or a given name: the ل-word ends a body's name («هيئة الهلال الأحمر للإغاثة محمد العلي», «مدينة الملك
    عبدالعزيز للعلوم والتقنية الأمير الدكتور …») and the person holding its office follows. One spoken to
    («قال الوزير للصحفيين إن», «للسيد الكاظمي») is never followed by a person's name of his own."""
    p = lex.addressee_prefix
    t = toks[k].text
    if not p or not t.startswith(p * 2) or len(t) < 5:
        return False
    stem = lex.definite_prefixes[0] + t[2 * len(p):] if lex.definite_prefixes else t
    head = head_of(stem, lex)
    if (head is not None and not head.inanimate) or stem in lex.honorifics or _bare(stem, lex) in lex.outlet_markers:
        return False  # a person or an outlet may be spoken to; a field of work («للأبحاث») may not
    for m in range(k + 1, min(len(toks), k + 4)):
        if not _same_sentence(toks, k, m) or not toks[m].word:
            return False
        w = toks[m].text
        if w in lex.honorifics or w in lex.given_names:
            return True
        if not (w.startswith(lex.definite_prefixes) or w[1:].startswith(lex.definite_prefixes)) or head_of(w, lex) is not None:
            return False
    return False


def _inanimate_first(toks: list[_Tok], j: int, lex: CueLexicon) -> bool:
    head = head_of(toks[j].text, lex)
    return head is not None and head.inanimate


def _quoted_subject(toks: list[_Tok], j: int, lex: CueLexicon) -> tuple[int, int] | None:
    """'" مسؤول كبير " إن': a few words in quotes followed by the that-clause (or a comma) are the
    subject; a quote that opens the words themselves ('وقال "نحن …"') is not."""
    close = _closing_quote(toks, j)
    if close is None or close - j - 1 < 1 or close - j - 1 > 4 or close + 1 >= len(toks) \
            or not _same_sentence(toks, j, close + 1):
        return None
    after = toks[close + 1].text
    # 'وتقول "واي نو" بحسب "فرانس 24"': a short quoted name, then the outlet that relays it
    relayed = bool(strip_proclitic(after, lex.preps, lex.proclitics)[0])
    # 'ذكرت "هدى القحطاني" معلمة، أن': a person's word in apposition after the quoted name, then the comma or
    # the that-clause: the name is the subject (not the one told, as in 'أبلغ "الاقتصادية" مصدر مسؤول')
    h = head_of(after, lex) if toks[close + 1].word else None
    described = h is not None and not h.inanimate and not h.adjectival and close + 2 < len(toks) \
        and _same_sentence(toks, close + 1, close + 2) \
        and (toks[close + 2].text in lex.clause_commas or toks[close + 2].text in lex.complementizers)
    # 'وقال “إبراهيم” وهو الاسم الذي عرفته به الصحيفة، إن': the quoted name, then a clause about it
    about = after in lex.pronoun_subjects and after.startswith(lex.proclitics)
    # 'وبيّن "العطاس" قائلاً:': the quoted name, then the participle restating the verb
    about = about or after in lex.restating_participles
    if after not in lex.complementizers and after not in lex.clause_commas and not relayed and not described and not about:
        return None
    if not all(toks[k].word for k in range(j + 1, close)):
        return None
    # 'علمت "دنيا الرياضة" أن', 'وأكد "معيض الوادعي" أن': a quoted name with the that-clause right after it;
    # 'وشددت "الشركة الكويتية لنفط الخليج"، بعد ساعات': a body's quoted name closed by a comma
    named = after in lex.complementizers or described or about \
        or _bare(toks[j + 1].text, lex) in lex.name_markers | lex.outlet_markers
    if not (relayed or named or _recognised(toks, (j + 1, close), lex)):
        return None
    return (j + 1, close)


def _quoted_object(toks: list[_Tok], j: int, lex: CueLexicon) -> int | None:
    """'"الاقتصادية" مصدر مسؤول' at ``j``: a short quoted name right after the verb followed by a
    source word (a listed head, not an outlet word): the name is the one told, and the
    subject starts at the index returned."""
    close = _closing_quote(toks, j)
    if close is None or not 1 <= close - j - 1 <= 3 or close + 1 >= len(toks) or not _same_sentence(toks, j, close + 1):
        return None
    nxt = toks[close + 1]
    if not nxt.word or not all(toks[k].word for k in range(j + 1, close)):
        return None
    h = head_of(nxt.text, lex)
    if h is None or h.adjectival or h.inanimate or _bare(nxt.text, lex) in lex.outlet_markers:
        # ('وكشف "ويكليكس" مطلع تموز': an adjective-like head first is a time word, the name the subject;
        # 'أوضحت "جامعة تبوك" تفاصيل': a thing after the name is the object, the name the subject)
        return None
    return close + 1


def _quoted_addressee(toks: list[_Tok], j: int, lex: CueLexicon) -> tuple[int, int] | None:
    """'لـ«عكاظ»' at ``j``: the token span inside the quotes (closing quote at span[1])."""
    if toks[j].text == lex.addressee_prefix and j + 1 < len(toks) and toks[j + 1].text == '"':
        close = _closing_quote(toks, j + 1)
        if close is not None and close + 1 < len(toks) and _same_sentence(toks, j, close + 1):
            return (j + 2, close)
    return None


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
        or rest in lex.outlet_markers or rest in lex.agencies or (nxt == '"' and not _name_seen(toks, k)) \
        or rest in lex.head_skip or rest in lex.one_of \
        or any(" ".join([rest] + [toks[k + x].text for x in range(1, n)]) in lex.agencies
               for n in (2, 3) if k + n <= len(toks))  # "لبي بي سي"


def _name_seen(toks: list[_Tok], k: int) -> bool:
    """The word at ``k`` stood earlier right after another word ("وزيرة العدل لوريتا لينش" … "وقالت لينش
    \"…\""): the surname of someone already named, not ل + a quoted addressee."""
    t = toks[k].text
    return any(toks[x].text == t and toks[x - 1].word and toks[x - 1].sent == toks[x].sent for x in range(1, k))


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
        if t.text in lex.emphatic_openers and k + 1 < i and toks[k + 1].text.startswith(lex.definite_prefixes):
            break  # "ولذا فإن المفوضية تحذر": the emphatic particle, then a definite subject («فان جال» is a name)
        if any(w in lex.np_stop or w in lex.np_first_stop or w in lex.complementizers for w in (t.text, _unclitic(t.text, lex))):
            return None  # a prepositional phrase ("وفي التقديم"): the clause started earlier
        k -= 1
    else:
        if k >= 0 and toks[k].sent == toks[i].sent:
            return None  # ran out of room without finding where the subject starts
    start = k + 1
    if start < i and toks[start].text in lex.what_words:
        return None  # "حسب ما يرى": "what" is the object; the subject is implicit
    return (start, i) if start < i else None


def _recognised(toks: list[_Tok], span: tuple[int, int] | None, lex: CueLexicon) -> bool:
    return span is not None and any(head_of(toks[k].text, lex) for k in range(span[0], min(span[1], span[0] + 3)))


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


def _person_after(toks: list[_Tok], k: int, lex: CueLexicon) -> bool:
    """"أحد المسؤولين", "أحد رجال الشرطة": «أحد» before people; "أحد الأسباب" (one of the reasons) is no speaker."""
    if k + 1 >= len(toks) or toks[k + 1].sent != toks[k].sent or not toks[k + 1].word:
        return False
    w = _bare(toks[k + 1].text, lex)
    return head_of(toks[k + 1].text, lex) is not None or w.endswith(lex.person_plural_endings) or w in lex.person_plurals


def _source_subject_before(toks: list[_Tok], i: int, lex: CueLexicon, cue_starts: set[int]) -> tuple[int, int] | None:
    """The subject before ``i`` (a verb, or the comma after its subject) back to where its clause starts
    (a that-word, a clause opener such as لكن, or the sentence start), when it opens with an anonymous or
    vague source noun: "لكن مصدراً بارزاً في الجيش الحر في شمال سوريا، أكد". Prepositional phrases may
    sit inside it, unlike ``_np_before``."""
    k = i - 1
    while k >= 0 and toks[k].sent == toks[i].sent and i - k <= lex.np_max:
        t = toks[k].text
        if t in lex.complementizers or (t not in lex.what_source_preps and (
                t in lex.clause_boundaries or _unclitic(t, lex) in lex.clause_boundaries)):
            break  # (a preposition such as من is inside the subject: "مقربين من الرئيس")
        if not toks[k].word or k in cue_starts:
            return None
        k -= 1
    else:
        if k >= 0 and toks[k].sent == toks[i].sent:
            return None  # ran out of room
    start = k + 1
    if start + 1 < i and toks[start].text in lex.pluperfect_auxiliaries:
        start += 1  # "وكان عدد من مراجعي المستشفى … شكوا من": the subject after كان
    if start >= i:
        return None
    first = toks[start].text
    head = head_of(first, lex)
    if first in lex.one_of or (head is not None and not head.adjectival
                               and head.cls in ("anonymous", "anonymous_if_indefinite", "vague")):
        return (start, i)
    if _bare(first, lex) in lex.vague_quantifiers and start + 2 < i and toks[start + 1].text == lex.partitive:
        return (start, i)  # "عدد من مراجعي مستشفى حراء … شكوا": an unspecified number of people
    return None


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
    # ("أحد الطرق التي أعلنت عنها القوات": one of the roads, no speaker)
    heads = [m for m in range(k + 1, r) if _source_head(toks[m].text, lex)
             and (head_of(toks[m].text, lex) is not None or _person_after(toks, m, lex))]
    if not heads:
        # "وكان بلاتر الذي أعلن": a relative pronoun follows only a definite noun; one without the article
        # and no source word is a proper name, the antecedent itself (masculine الذي only: "عدن التي" is a place)
        b = r - 1
        t = toks[b].text if b > k else ""
        if t and toks[r].text in lex.masculine_relatives and len(t) >= 3 and not t.startswith(lex.definite_prefixes) and not t.startswith(lex.proclitics) \
                and head_of(t, lex) is None and t not in lex.head_skip and t not in lex.pronoun_subjects \
                and not t.endswith(tuple(x for x in lex.noun_suffixes if len(x) > 1)) and not t.isdigit():
            return (b, r)
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
    end = _outlet_aside_before(toks, i, lex)  # "مصادر خاصة لـ«عكاظ» أشارت": the outlet spoken to, then the verb
    for h in range(end - 1, max(-1, end - 4), -1):
        if h < 0 or toks[h].sent != toks[i].sent or not toks[h].word or h in cue_starts or h < taken:
            return None
        t = toks[h].text
        head = head_of(t, lex)
        if head is not None and head.cls in ("anonymous", "anonymous_if_indefinite", "vague") and not head.adjectival \
                and not any(toks[m].text.startswith(lex.definite_prefixes) for m in range(h, end)) \
                and not t.endswith(tuple(x for x in lex.noun_suffixes if len(x) > 1)):  # "أصحابها": definite
            before = toks[h - 1].text if _same_sentence(toks, h - 1, h) else ""
            if before in lex.what_source_preps:
                return None  # "عن مصادر مطلعة أكدت": the relayed source of another cue
            return (h, end)
    return None


def _outlet_aside_before(toks: list[_Tok], i: int, lex: CueLexicon) -> int:
    """Where the words before ``i`` end once a quoted name behind a preposition right before ``i`` is set
    aside ("مصادر لـ«الوطن» قالت", "مصادر خاصة بـ«عكاظ» أشارت": the outlet the sources spoke to or belong
    to); ``i`` when there is none."""
    k = i - 1
    if k < 1 or toks[k].text != '"' or not _same_sentence(toks, k, i):
        return i
    for o in range(k - 1, max(0, k - 5), -1):
        if toks[o].text == '"':
            p = o - 1
            if p >= 0 and _same_sentence(toks, p, i) and toks[p].text in (lex.addressee_prefix, *lex.attached_preps) and o + 1 < k:
                return p
            return i
    return i


def _source_after_what(toks: list[_Tok], w: int, lex: CueLexicon, cue_starts: set[int],
                       consumed: set[int]) -> tuple[int, int] | None:
    """"وفقاً لما تم التأكيد عليه في تقارير محلية": the source sits in a later prepositional phrase.

    "وفق ما كشفه مدير المكتب", "بحسب ما أفادت مصادر": the source is the subject of the
    verb inside; preposition and verb are one attribution, on the preposition.
    """
    k = w + 1
    while k < len(toks) and toks[k].sent == toks[w].sent and k - w <= lex.np_max and toks[k].word:
        if k in cue_starts:
            after = k + 1
            while after + 1 < len(toks) and toks[after].text in lex.time_words and toks[after].text not in lex.np_first_stop \
                    and toks[after].sent == toks[k].sent:
                after += 1  # "بحسب ما اعلن الاربعاء مساعد المتحدث": "ما" is the verb's object, so after the time the
                # words are its subject
            sub = _np_after(toks, after, lex, cue_starts, verb=True)
            if sub is None and after < len(toks) and toks[after].text == '"' and _same_sentence(toks, k, after):
                close = _closing_quote(toks, after)
                if close is not None and 1 <= close - after - 1 <= lex.quoted_what_subject_max and not (
                        close + 1 < len(toks) and toks[close + 1].text in lex.what_source_preps):
                    # ("حسبما علمت "الوطن" من مصدر خاص": the outlet learnt it from the source after من)
                    sub = (after + 1, close)  # "وفقًا لما ذكرته “عكاظ” الأحد": a quoted name is the verb's subject
            if sub is not None:
                consumed.add(k)
                return sub
            if k + 1 < len(toks) and toks[k + 1].text in lex.period_nouns:
                return None  # "حسبما أعلن الأسبوع الماضي مع تركيز الشركة على …": agentless, no source further on
        t = toks[k].text
        if t in lex.complementizers or t in lex.pronoun_subjects or (k > w + 1 and t.startswith(lex.proclitics)
                                                                     and _conjoined_clause(t, lex)):
            # "حسب ما هو مقرر وأن النتائج …", "حسب ما خطط له وجميع اللاعبين": in accordance with a plan; the
            # "what" clause ends with no report in it
            return None
        if toks[k].text in lex.what_source_preps and not (
                k + 1 < len(toks) and _is_word_in(toks[k + 1].text, lex.purpose_nouns, lex)):
            # ("وفقاً لما صرفت من أجله": for which it was issued, a purpose, not a source)
            sub = _np_after(toks, k + 1, lex, cue_starts, verb=False)
            if sub is not None:
                return sub
        k += 1
    return None


def _conjoined_clause(t: str, lex: CueLexicon) -> bool:
    """A و/ف-word that opens a conjoined clause rather than going on with a noun phrase: not a listed source
    word ("وشهود") and not the proclitic of a word that keeps its و (a name such as "وليد")."""
    rest = t[1:]
    return len(rest) > 1 and head_of(t, lex) is None and (rest.startswith(lex.definite_prefixes) or rest in lex.head_skip
                                                          or rest in lex.complementizers)


def _pluperfect_subject(toks: list[_Tok], q: int, lex: CueLexicon, cue_starts: set[int]) -> tuple[int, int] | None:
    """"وكانت <subject> قد أعلنت": the subject sits between كان and قد (``q`` is قد); a comma may close it
    ("وكان المحامي خالد أبو راشد، قد أكد"). With كان right before قد the subject comes before كان, at the
    start of its clause ("يذكر أن وزارة الدفاع كانت قد أعلنت")."""
    end = q - 1 if q > 0 and toks[q - 1].text in lex.clause_commas else q
    k = end - 1
    while k >= 0 and _same_sentence(toks, k, q) and end - k <= lex.pre_np_max + 1:
        t = toks[k].text
        if t in lex.pluperfect_auxiliaries:
            if k + 1 < end:
                return (k + 1, end)
            if end == q and q < len(toks) and toks[q].text in lex.pluperfect_particles:
                return _svo_subject_before(toks, k, lex, cue_starts)
            return None
        if (not toks[k].word and t not in '()"') or k in cue_starts or t in lex.complementizers \
                or t in lex.clause_boundaries:
            return None
        k -= 1
    return None


def _svo_subject_before(toks: list[_Tok], i: int, lex: CueLexicon, cue_starts: set[int]) -> tuple[int, int] | None:
    """The subject right before ``i`` when its clause opens with a that-word ("أن وزارة الدفاع كانت"):
    only there is the start of the subject certain."""
    span = _np_before(toks, i, lex, cue_starts)
    if span is None or span[0] == 0 or toks[span[0] - 1].text not in lex.complementizers \
            or not _same_sentence(toks, span[0] - 1, i):
        return None
    return span
