"""Attribution stage 5: classing a source phrase (named, anonymous, vague; its number) and the
stated reason or condition of anonymity.

Package-private, used by ``analysis.sourcing.attribution``.
"""
from __future__ import annotations

from dataclasses import dataclass

from analysis.records import SourceClass
from analysis.sourcing.cues import CueLexicon, Head, head_of, strip_proclitic
from analysis.sourcing.tokens import _bare, _Tok
from analysis.sourcing.mention import _Mention
from analysis.text.rxguard import finditer_anchored


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
    given_name: bool = False  # "أحد الشهود، ويدعى عبد الناصر": a description with the person's name
    definite_word: bool = False  # its first word carries the article ("المحقق")
    # family names with the article right after a given name or «بن»: "محمد الجبوري", "صالح بن حسين العواجي"
    surnames: frozenset[str] = frozenset()
    # the phrase is one family name with the article, an honorific or rank at most before it ("وقال الجبوري",
    # "وأوضح الدكتور العواجي"): the bare name, else ""
    surname_only: str = ""
    # its second word is an adjective of origin with the article ("المرصد السوري"; not "المرصد ومقره", nor the
    # object in "الحكومة الحادث")
    second_nisba: bool = False
    first_headless: bool = False  # its first word is no source head ("المرصد", "الصحيفة", a family name)
    # its first word is a source head in construct with a definite noun that is no source word ("مصادر الاحتلال"):
    # that noun, bare
    genitive: str = ""


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
        if head is not None and head.first_only and pos > 0:
            head = None  # "زوج معلمة تبوك فيصل العمراني": the first word is who speaks
        looked += 1
        # a headline or dateline word may precede the head ("الخبر مثقفون يكشفون")
        if head is not None or looked == 2:
            break
    w0 = _bare(words[0], lex) if words else ""
    if head is not None and head_pos == 1 and not words[0].startswith(lex.definite_prefixes) \
            and words[1].startswith(lex.definite_prefixes) and words[0] not in lex.head_skip and not words[0].isdigit() \
            and not (words[0][:1] in lex.attached_preps and words[0][1:] in lex.head_skip) \
            and len(w0) >= 4 and w0 not in lex.demonstratives and w0 not in lex.coref_markers and w0 not in lex.what_words:
        head = None  # "لمركز الإحصاءات الإيراني": the first noun governs the second (a named centre)
        # (not a quantifier with its preposition, "وطبقا لبعض المصادر": some of the sources, unnamed)
    if head is not None and head_pos == 1 and head.cls == "vague" and words[0].startswith(lex.definite_prefixes) \
            and w0 in lex.name_markers:
        head = None  # "الهيئة الإعلامية للمؤتمر": a body named by what it does, its adjective no media
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
    definite = construct = False
    if head is not None and head_pos >= 0:
        w = words[head_pos]
        nxt = words[head_pos + 1] if head_pos + 1 < len(words) else ""
        # construct state: مسؤول الملف ("داعشي ألماني": normalised, ألماني only looks like the article)
        construct = nxt.startswith(lex.definite_prefixes) and nxt not in lex.article_lookalikes \
            and not (head.cls in ("anonymous_if_indefinite", "anonymous") and nxt[:1] in lex.attached_preps
                     and nxt.startswith(tuple(p for p in lex.definite_prefixes if p[:1] in lex.attached_preps)))
        # (a preposition with the article is no genitive: "قائد بالمقاومة" is a commander in it, unnamed; "وقالت مصادر
        # بالقوات" after "مصادر أمنية عراقية": sources in them, indefinite, new)
        definite = (
            w.startswith(lex.definite_prefixes) or w.endswith(lex.noun_suffixes[:4]) or construct
            or (head_pos > 0 and words[head_pos - 1] in lex.definite_words)
        )
        construct = construct and not w.startswith(lex.definite_prefixes) and not w.endswith(lex.noun_suffixes[:4])
    text = " ".join(words)
    cls = _class_of(head, definite, text, lex)
    given_name = not (lex.naming_verbs.isdisjoint(words) and lex.appositive_pronouns.isdisjoint(words))  # (at C level)
    if cls is SourceClass.NAMED and head is not None and head.plural_construct_anonymous and head.number == "plural" \
            and construct:
        cls = SourceClass.ANONYMOUS  # "مسؤولو الجبلاية": officials of a named body, none of them named (an office is singular)
    after = toks[span[1]].text if span[1] < len(toks) and toks[span[1]].sent == toks[span[0]].sent else ""
    if cls is SourceClass.NAMED and head is not None and head.cls == "named_titles" and head_pos == 0 and not definite \
            and len(words) > 1 and lex.nisba_endings and words[1].endswith(lex.nisba_endings) \
            and not words[1].startswith(lex.definite_prefixes) and head_of(words[1], lex) is None and len(words[1]) >= 4 \
            and words[1] not in lex.np_stop and words[1] not in lex.np_first_stop \
            and strip_proclitic(words[0], lex.unnamed_role_titles, lex.proclitics)[0]:
        # "قال نائب فرنسي معارض": one person by role and origin, indefinite, no office on record (a name after it
        # makes it named again below)
        cls = SourceClass.ANONYMOUS
    if cls is SourceClass.NAMED and head is not None and head.bare_definite_anonymous and head_pos == 0 \
            and after not in lex.office_prepositions and words[0].startswith(lex.definite_prefixes) and all(
                w.startswith(lex.definite_prefixes) and head_of(w, lex) is None for w in words[1:3]) and len(words) <= 3:
        # "وقال المسؤول", "وأوضح المسؤول الأهلي": the article and an adjective name no office, no one on record
        # ("المسؤولة عن الركن هاجر التاروتي": in charge of something, an office)
        cls = SourceClass.ANONYMOUS
    if cls is SourceClass.NAMED and head is not None and head.private_person and head_pos == 0 and after != '"' \
            and words[0].startswith(lex.definite_prefixes) and not any(_name_word(w, lex) for w in words[1:]):
        # "وقال المواطن في الفيديو": a private person by standing, the article and no name after it (none in
        # quotes either: "المواطن "سلمان العلي""), is one unnamed person
        cls = SourceClass.ANONYMOUS
    if cls is SourceClass.NAMED and head is not None and head_pos == 0 and not head.inanimate \
            and head.cls in ("anonymous_if_indefinite", "named_titles") and _in_one_of(words, after, lex):
        # "وأوضح المسؤول في أحد المطابخ", "رئيس تنفيذي لإحدى شركات التأمين": in one of them, no office on record
        cls = SourceClass.ANONYMOUS
    if cls is SourceClass.NAMED and any(
            w.startswith(lex.proclitics) and (h := head_of(w, lex)) is not None and h.cls == "anonymous" and not h.adjectival
            for w in words[max(head_pos, 0) + 1:]):
        # "وقال العقيد في الشرطة والمصدر في وزارة الداخلية": a group with an unnamed source in it is unnamed
        cls = SourceClass.ANONYMOUS
    if cls is SourceClass.VAGUE and head is not None and head.inanimate and 0 <= head_pos < len(words) - 1 \
            and not words[head_pos].startswith(lex.definite_prefixes) and words[head_pos + 1] not in lex.generic_genitives and (
                words[head_pos + 1].startswith(lex.definite_prefixes) or _is_title(words[head_pos + 1], lex)
                or (head_pos + 2 < len(words) and head_of(words[head_pos + 1], lex) is None
                    and words[head_pos + 2].startswith(lex.definite_prefixes))):
        # ("إحصاءات مجلس الإقراض العقاري": through a construct chain)
        cls = SourceClass.NAMED  # "أحدث معطيات المكتب الوطني": the data of a named body, on record
    if cls is SourceClass.VAGUE and head is not None and head.inanimate and 0 <= head_pos \
            and any(w.startswith(lex.addressee_prefix * 2) for w in words[head_pos + 1:]):
        cls = SourceClass.NAMED  # "تقارير رقابية للهيئة الوطنية": the reports of a named body, on record
    if cls is SourceClass.ANONYMOUS and head is not None and 0 <= head_pos < len(words) - 1:
        gen = words[head_pos + 1]
        gh = head_of(gen, lex)
        if gh is not None and gh.cls == "vague" and gen.startswith(lex.definite_prefixes):
            cls = SourceClass.VAGUE  # "مصادر الأنباء المحلية": news outlets, i.e. the media
    number = head.number if head is not None else "singular"
    if cls is SourceClass.NAMED and number == "singular" and lex.proclitics and any(
            w.startswith(lex.proclitics[0]) and w[1:] in lex.counterpart_nouns for w in words[1:]):
        number = "dual"  # "وزير الداخلية الفرنسي برنار كازنوف ونظيرته البريطانية تيريزا ماي": two people
    if coordinated or (counted and head is not None and number != "unknown"):
        number = "plural"
    if len(words) > 1 and words[0] in lex.one_of and (h1 := head_of(words[1], lex)) is not None \
            and h1.lemma in lex.media_lemmas:
        cls, number = SourceClass.VAGUE, "singular"  # "إحدى الصحف التركية": one of the press, the media unnamed
    elif words and words[0] in lex.one_of:
        cls, number = SourceClass.ANONYMOUS, "singular"  # "أحد الشيوخ": one of them, unnamed
    elif head is None and len(words) > 2 and words[1] in lex.one_of:
        cls, number = SourceClass.ANONYMOUS, "singular"  # "صاحب أحد المتاجر": the owner of one of them, unnamed
    elif head is None and counted:
        cls, number = SourceClass.VAGUE, "plural"  # "14 مختصا استطلعت آراؤهم": a counted group, no one named
    if len(words) == 1 and words[0] in lex.existential_who:
        cls, number = SourceClass.VAGUE, "plural"  # "وثمة من يقول": those who say
    if cls is SourceClass.VAGUE and head is not None and not head.inanimate and any(
            (h := head_of(w, lex)) is not None and h.adjectival and h.cls == "anonymous" for w in words[head_pos + 1:]):
        cls = SourceClass.ANONYMOUS  # "وسطاء مقربين من الرئيس": people close to (inside knowledge), unnamed
    body = head is None and bool(words) and words[0].startswith(lex.definite_prefixes) and w0 in lex.name_markers
    if cls is not SourceClass.VAGUE and not body and (any(w in lex.vague_modifiers for w in words[max(head_pos, 0) + 1:]) or any(
            f" {ph} " in f" {' '.join(words[max(head_pos, 0) + 1:])} " for ph in lex.vague_modifier_phrases)):
        cls = SourceClass.VAGUE  # "المعلومات المتداولة": circulating, no one holds it
    if cls is SourceClass.ANONYMOUS and head is not None and not head.inanimate \
            and any(w in lex.press_modifiers for w in words[head_pos + 1:]):
        cls = SourceClass.VAGUE  # "المصادر الصحافية": the press, unnamed
    if len(words) > 2 and _bare(words[0], lex) in lex.vague_quantifiers and lex.partitive in words[1:3]:
        # "عدد من موظفي الوزارة", "العديد من وسائل الإعلام", "عدد كبير من الخبراء": an unspecified number
        # of them, whoever they are (every set labels these vague)
        cls, number = SourceClass.VAGUE, "plural"
    elif len(words) > 1 and _bare(words[0], lex) in lex.vague_construct_counts:
        cls, number = SourceClass.VAGUE, "plural"  # "عشرات المواطنين من أهالي جازان": dozens of them, unnamed
    elif cls is SourceClass.NAMED and len(words) > 1 and words[-1] in lex.vague_count_adjectives \
            and not words[-2].startswith(lex.definite_prefixes):
        cls, number = SourceClass.VAGUE, "plural"  # "دول عديدة رأت أن": many of them, none named
    if cls is SourceClass.NAMED and head is None and _unauthored_study(toks, span, words, lex):
        cls = SourceClass.VAGUE  # "بيّنت دراسة طبية", "وفقا لدراسة": one study, no author named (as "دراسات")
    bare = tuple(_bare(w, lex) for w in words)
    names = frozenset(b for w, b in zip(words, bare) if len(b) >= 3 and not w.startswith(lex.definite_prefixes)
                      and head_of(w, lex) is None and b not in lex.np_stop and b not in lex.head_skip
                      and not any(ch.isdigit() for ch in b)) | frozenset(
        b for pos, b in enumerate(bare) if pos and b in lex.names_after_honorifics
        and (words[pos - 1] in lex.honorifics or (pos + 1 < len(words) and words[pos + 1] in lex.name_links)))
    if cls is not SourceClass.NAMED and any(w in lex.honorifics and bare[pos + 1] in names
                                            for pos, w in enumerate(words[:-1]) if pos > head_pos):
        given_name = True  # "عضو كتلة التغيير النائب فادي سلامة": the honorific and a name say who it is
    # (a definite unnamed-source head, named as an office, too: "مسؤول الاتصالات في الرئاسة ويلي نياميتوي" is one
    # person by name, not the "مسؤولون" before it)
    unnamed_head = cls is SourceClass.ANONYMOUS or (
        cls is SourceClass.NAMED and head is not None and head.cls == "anonymous_if_indefinite" and definite)
    if unnamed_head and not given_name and _name_at_end(words, max(head_pos, 0) + 1, lex):
        given_name = True  # "قائد مقاتلي عشائر محافظة الانبار غسان العيثاوي": the description, then who it is
    if unnamed_head and not given_name and _foreign_name_at_end(words, head_pos, lex):
        given_name = True  # "قائد شرطة العاصمة بنسون كيبوي": a definite chain, then the name in apposition
    if given_name:
        cls, number = SourceClass.NAMED, "singular"  # "أحد السكان، ويدعى آبا أباجانا": one of them, and his name is given
    marker = any(w in lex.coref_markers for w in words) or (len(words) > 1 and words[0] in lex.demonstratives)
    surnames = frozenset(_surnames(words, bare, names, lex)) if cls is SourceClass.NAMED else frozenset()
    surname_only = ""
    if cls is SourceClass.NAMED and 1 <= len(words) <= 2 and all(w in lex.honorifics for w in words[:-1]) \
            and _family_name(words[-1], lex):
        surname_only = bare[-1]
    last = bare[-1] if bare else ""
    if len(words) > 2 and bare[0] in lex.outlet_markers and words[-1].startswith(lex.addressee_prefix * 2):
        last = bare[-2]  # "وكالة دوغان للأنباء" is "وكالة دوغان" again
    return _NP(cls, number, head, definite, marker, lemmas,
               last, bare, names, given_name, bool(words) and words[0].startswith(lex.definite_prefixes),
               surnames, surname_only, len(words) > 1 and words[1].startswith(lex.definite_prefixes)
               and bool(lex.nisba_endings) and words[1].endswith(lex.nisba_endings),
               bool(words) and head_of(words[0], lex) is None,
               bare[1] if head is not None and head_pos == 0 and len(words) > 1 and construct
               and words[1].startswith(lex.definite_prefixes) and head_of(words[1], lex) is None else "")


def _in_one_of(words: list[str], after: str, lex: CueLexicon) -> bool:
    """«أحد/إحدى» after a unit preposition («في أحد المطابخ») or with ب/ل written on it, inside the phrase past
    its head or right after it («رئيس تنفيذي لإحدى شركات»: the phrase stops before the preposition)."""
    if not lex.unit_prepositions:
        return False
    for p in range(1, min(len(words), 4)):  # (right after the head and an adjective: "بوجود عطل بأحد محركي" is
        w = words[p]                         # something else's)
        if (w in lex.one_of and words[p - 1] in lex.unit_prepositions) \
                or (w[:1] in lex.attached_preps and w[1:] in lex.one_of):
            return True
    return bool(after) and after[:1] in lex.attached_preps and after[1:] in lex.one_of


def _unauthored_study(toks: list[_Tok], span: tuple[int, int], words: list[str], lex: CueLexicon) -> bool:
    """One study with no author: «دراسة» (ل/و/ب on it) and at most two adjectives of its field, age or kind
    (`unauthored_studies.kinds`), and after it (past such adjectives) no authoring verb and no ل/من phrase
    («دراسة علمية حديثة أشرف عليها باحثون», «دراسة سابقة لـ Catalyst», «دراسة قيمة من "هاس"»)."""
    if not lex.study_nouns or not 1 <= len(words) <= 3:
        return False
    w0 = words[0]
    if w0 not in lex.study_nouns and not (w0[:1] in lex.study_prefixes and w0[1:] in lex.study_nouns):
        return False
    if not all(w in lex.study_kinds for w in words[1:]):
        return False
    k = span[1]
    while k < len(toks) and toks[k].sent == toks[span[0]].sent and toks[k].text in lex.study_kinds:
        k += 1
    after = toks[k].text if k < len(toks) and toks[k].sent == toks[span[0]].sent else ""
    return not (after in lex.partitives or after.startswith(lex.addressee_prefix) or after in lex.study_author_words)


def _name_at_end(words: list[str], start: int, lex: CueLexicon) -> bool:
    """From ``start`` on, a given name and at least one more word of a name end the phrase, with no
    preposition before it ("أحد محامي حبري إبراهيم دياوارا"; not "مصدر مقرب من محمد …", someone else)."""
    for p in range(start, len(words) - 1):
        w = words[p]
        if w in lex.np_first_stop or w in lex.np_stop or w in lex.what_source_preps:
            return False
        if w in lex.given_names:
            rest = words[p + 1:]
            return all(head_of(x, lex) is None and x not in lex.np_first_stop and x not in lex.np_stop for x in rest)
    return False


def _foreign_name_at_end(words: list[str], head_pos: int, lex: CueLexicon) -> bool:
    """The phrase ends in two or more words that look like a name (no article, no source head, no particle,
    verb or number) right after a word with the article, past the head: a definite construct chain takes no
    indefinite adjective, so the words are in apposition, a name even when no given name is listed
    ("قائد شرطة العاصمة بنسون كيبوي")."""
    end = len(words)
    start = end
    while start - 1 > head_pos + 1 and _name_word(words[start - 1], lex):
        start -= 1
    before = head_of(words[start - 1], lex) if end - start >= 2 else None
    # (a body's title with the article may stand there too, "مسؤول الاتصالات في الرئاسة ويلي نياميتوي", when no
    # word after it opens with a preposition: "ضابط في الشرطة برتبة عقيد" is his rank)
    return end - start >= 2 and words[start - 1].startswith(lex.definite_prefixes) and start - 1 > head_pos \
        and (before is None or (before.cls == "named_titles"
                                and not any(w.startswith(lex.attached_preps) for w in words[start:])))


def _name_word(word: str, lex: CueLexicon) -> bool:
    return len(word) >= 3 and not word.startswith(lex.definite_prefixes) and head_of(word, lex) is None \
        and word not in lex.pronoun_objects \
        and word not in lex.np_stop and word not in lex.np_first_stop and word not in lex.noun_preceders \
        and word not in lex.head_skip and word not in lex.number_words and word not in lex.complementizers \
        and word not in lex.time_words and word not in lex.place_prepositions and not strip_proclitic(word, lex.verbs, lex.proclitics)[0] \
        and not any(ch.isdigit() for ch in word)


def _family_name(word: str, lex: CueLexicon) -> bool:
    """A word that can be a family name with the article ("الجبوري", "المهنا"): the article, no source head,
    no function word, three letters or more after the article, no digit."""
    b = _bare(word, lex)
    return word.startswith(lex.definite_prefixes) and b != word and len(b) >= 3 and head_of(word, lex) is None \
        and word not in lex.np_stop and word not in lex.head_skip and word not in lex.honorifics \
        and not any(ch.isdigit() for ch in b)


def _surnames(words: list[str], bare: tuple[str, ...], names: frozenset[str], lex: CueLexicon):
    """Family names with the article in a named phrase: the word right after a given name ("محمد الجبوري") or
    after «بن/أبو …» and a name ("صالح بن حسين العواجي"). Arabic names mostly end in such a word, and the
    article then calls the person by it alone ("وقال الجبوري"): without it the later mention is a new source."""
    for pos in range(1, len(words)):
        if not (_family_name(words[pos], lex) and (bare[pos - 1] in names or (
                pos >= 2 and bare[pos - 2] in lex.compound_name_heads and words[pos - 1].startswith(lex.definite_prefixes)))):
            continue  # (“عبد الله الزيد”: a given name of two words, «عبد» and a divine name, as «عبدالله»)
        if words[pos - 1].startswith(lex.attached_preps) and pos >= 2 and not (
                bare[pos - 2] in names or words[pos - 2] in lex.name_links or words[pos - 2] in lex.honorifics):
            continue  # "المرصد السوري لحقوق الانسان": a noun with its preposition, then its genitive; no name
        yield bare[pos]


def _is_title(word: str, lex: CueLexicon) -> bool:
    """An office or body word ("وزارة", "رئيس"): a construct chain through it names a body."""
    h = head_of(word, lex)
    return h is not None and h.cls == "named_titles"


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


def _attach_reasons(ntext: str, toks: list[_Tok], mentions: list[_Mention], lex: CueLexicon) -> None:
    """A stated reason (or condition) of anonymity belongs to the last anonymous mention before it
    in its sentence; later mentions of that source carry it too (it was stated once for the source)."""
    if not mentions:
        return
    starts = [toks[m.cue.i].start for m in mentions]
    for pattern, attr in ((lex.reasons, "reason"), (lex.conditions, "condition")):
        if pattern is None:
            continue
        for r in finditer_anchored(pattern, ntext):  # (most texts hold none of its words: no scan)
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


def _withhold_names(ntext: str, toks: list[_Tok], mentions: list[_Mention], states: list, lex: CueLexicon) -> None:
    """A speaker described with no name whose name is then said to be withheld ("وقالت المريضة (50 عاماً)،
    التي لم تكشف عن هويتها", "المتحدث الذي طلب عدم ذكر اسمه") is anonymous, in every mention of it."""
    if lex.withheld is None or not mentions:
        return
    starts = [toks[m.cue.i].start for m in mentions]
    for r in finditer_anchored(lex.withheld, ntext):
        sent = _sent_at_char(toks, r.start())
        best = None
        for k, m in enumerate(mentions):
            if starts[k] > r.start():
                break
            if m.np is not None and toks[m.cue.i].sent == sent:
                best = m
        if best is None or best.cls is not SourceClass.NAMED or best.np is None \
                or r.start() - toks[best.np[1] - 1].end > lex.withheld_reach:
            continue
        end = best.np[0] + 1
        while end < best.np[1] and toks[end].start < r.start():
            end += 1  # ("… في الجزيرة طالبا عدم الكشف": the condition's first word is no name)
        np = _analyse_np(toks, (best.np[0], end), lex)
        words = [toks[k].text for k in range(best.np[0], end) if toks[k].word]
        # ("وسيط عقاري في الجزيرة طالبا عدم الكشف عن اسمه": an indefinite noun's relational adjective is no name)
        # (the noun too: "وسيط" is no head, so it looked like a name)
        adjectives = frozenset(_bare(x, lex) for p, w in enumerate(words) if p and lex.nisba_endings and len(w) >= 4
                               and w.endswith(lex.nisba_endings) and not w.startswith(lex.definite_prefixes)
                               and not words[p - 1].startswith(lex.definite_prefixes) for x in (words[p - 1], w))
        if (np.names - adjectives) or np.given_name or not np.words:
            continue  # a name is given: the speaker is on record
        states[best.source_id].cls = SourceClass.ANONYMOUS
        for m in mentions:
            if m.source_id == best.source_id:
                m.cls = SourceClass.ANONYMOUS


def _obtained_class(toks: list[_Tok], mentions: list[_Mention], states: list, lex: CueLexicon) -> None:
    """Information obtained from unnamed sources ("ووفقا لمعلومات حصلت عليها «عكاظ» من مصادرها في وزارة الدفاع")
    is theirs: the source read from the information phrase takes their anonymous class, in every mention of it
    (its words stay, so "التقارير" later is the same source)."""
    for m in mentions:
        if m.obtained is None or m.source_id < 0 or states[m.source_id].cls is not SourceClass.VAGUE:
            continue
        if _analyse_np(toks, m.obtained, lex).cls is not SourceClass.ANONYMOUS:
            continue
        states[m.source_id].cls = SourceClass.ANONYMOUS
        for o in mentions:
            if o.source_id == m.source_id:
                o.cls = SourceClass.ANONYMOUS


def _sent_at_char(toks: list[_Tok], pos: int) -> int:
    lo, hi = 0, len(toks) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if toks[mid].start <= pos:
            lo = mid
        else:
            hi = mid - 1
    return toks[lo].sent if toks else -1
