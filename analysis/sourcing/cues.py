"""Compile the attribution lexicon (``data/lexicons/<lang>/attribution.json``).

All vocabulary lives in the JSON file; this module only normalises it once and
turns it into lookup tables, so matching a token is a dict lookup rather than
a regex per cue.  Adding a language means adding a lexicon, not code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Container

from analysis.lexicon import load_lexicon
from analysis.text.grammar import grammar
from analysis.text.rxguard import first_char_guard
from analysis.text.textnorm import normalise_text

# One token = a word, or one punctuation mark (quotes are already unified to '"'
# by normalisation).  A word is a run of Arabic letters or a run of other word
# characters: text as datasets store it glues scripts together ("قالCNN"), and
# the cue must still be a word of its own.
_AR = "\u0621-\u065F\u066E-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FF"  # letters, not ، ؛ ؟
TOKEN = re.compile(f"(?:(?:(?![{_AR}])\\w)+|[{_AR}]+)|[^\\w\\s]", re.UNICODE)


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
    # تحدث/أجمع: a report only when this word follows the explicit subject
    # ("تحدثت مصادر محلية عن", "أجمع المختصون على"); "الذي يتحدث عن التزوير" is not
    object_markers: frozenset[str] = frozenset()
    suffixed: bool = False  # أكده: verb + object pronoun, a cue only in "ما أكده <subject>"
    # "كما شددوا على", "معرباً عن": a particle right after the verb (or its subject) completes it
    adjacent_complements: frozenset[str] = frozenset()
    event_object: bool = False  # "أعلنت ... سقوط طائرة": a verbal-noun object (object_nouns) completes it
    free: bool = False  # a participle that needs no complement ("متوقعاً هجمات")
    clause_complement: bool = False  # only a that-clause completes it ("محذراً من أنّ", not a quote)
    complement_window: int = 0  # its own (shorter) window: "وتابع أن", not "أنه تابع لـ... بمعنى أن"
    not_followed_by: frozenset[str] = frozenset()  # "تساءل: هل ...": a yes/no question claims nothing
    not_followed_by_prefixes: tuple[str, ...] = ()  # "أنه تابع لإيديولوجيا": a word with this prefix right after
    negatable: bool = False  # "لم يستبعد أن": negated, still a claim (did not rule out)
    # "شددت قوات ... الخناق", "أفاد نفسه", "أقر لائحة": an object in the verb's clause that gives its other sense
    other_sense: frozenset[str] = frozenset()
    # "شدد على أهمية …": one of these right after the verb's adjacent complement (على), before any that-clause, is
    # stressing the importance of a thing, an appeal, not a claim
    appeal_objects: frozenset[str] = frozenset()
    adjacent_needs_speaker: bool = False  # "أشار إلى": the particle completes it only after a speaker
    news_subject: bool = False  # "ترددت أنباء": a report only with news or reports as its subject
    initial_only: bool = False  # "وبيّن" (= و + بين 'between' too): a cue only opening its sentence
    clause_form: bool = False  # "بين أنها", "وبين المصدر أن": a cue (anywhere) only before its that-clause
    prefix_complements: tuple[str, ...] = ()  # "وصفها بالبطلة": a word with this prefix completes it
    source_object: bool = False  # "وأبانت المصادر عزم …": after an anonymous source word a noun object completes it
    # "أقر بالهزيمة", "واعترف بمشاركة", "معترفين بوجود": a word with this prefix (the admitted fact) completes it
    object_prefixes: tuple[str, ...] = ()
    # "التسعيرة التي أعلنت عنها الوزارة": after a relative pronoun, a resumptive object (عنها) makes the
    # antecedent the thing announced; an act, not a report (unless a that-clause follows)
    relative_thing_markers: frozenset[str] = frozenset()
    # "اتهم زملاءه في كل مكان بالتآمر": a ب-noun (the charge) anywhere in the window completes it
    window_object_prefixes: tuple[str, ...] = ()
    after_comma_only: bool = False  # "…، متهما المتمردين بشن": a participle only after a comma (else a noun: "ضبط متهمين")
    imperfect_needs_clause: bool = False  # "الذي يعتبر أهم مصادر الطاقة": the imperfect is 'is considered' without أن
    not_in_that_clause: bool = False  # "أكد … أن السلطات البريطانية أبدت استعدادا": the reported speaker's words
    # "وقدر المحلل قيمة الحصة بما بين": an estimated quantity after the subject completes the verb; right after
    # the verb it is the agentless passive ("وقدرت كلفة المشروع بـ")
    quantity_objects: frozenset[str] = frozenset()
    quantity_amounts: frozenset[str] = frozenset()  # "بنحو", "بحدود": the amount, after which no quantity noun counts
    # "وعبرت عن القلق", "عبر الاتحاد الأوروبي أمس عن أمله": a feeling right after the verb's marker (عن) completes it
    feeling_objects: frozenset[str] = frozenset()
    # "وكتب كامبياسو في حسابه على الفيسبوك: «…»": a colon after one of these (where it was posted) opens the words
    colon_after: frozenset[str] = frozenset()
    relative_passive_next: frozenset[str] = frozenset()  # "دراستهم التي نشرت في الموقع": was published in
    passive_next: frozenset[str] = frozenset()  # "ملاحظات وصفت بأنها": was described as (no object between)
    # "فقد أعلن مرارا عن وفاته": a masculine verb with عن and one of these right after it (no subject between) is
    # the agentless passive (أُعلن عن), a death announced by no one named
    passive_events: frozenset[str] = frozenset()
    complement_opens: bool = False  # "بل اكتفى بالإشارة": a complement word right after the verb is never its subject
    # "وأبدى سعادته": with و/ف on the verb only (a clause going on from its speaker; "حيث أبدى رغبة", "منظمات … أبدت
    # مخاوف" have their subject elsewhere)
    complement_opens_clitics: tuple[str, ...] = ()
    # "وأرجع أسباب التأخر إلى": objects that, right after the verb with those clitics, are never its subject
    opening_objects: frozenset[str] = frozenset()
    # "أظهر مسح لرويترز أن": a report only with one of these as its subject's first word (a survey, a poll);
    # anything else showing ("أظهرت البيانات", "مقاطع … أظهرت") is evidence
    subject_lemmas: frozenset[str] = frozenset()
    relative_object_after_relative: bool = False  # "الذي نفته الجامعة": only after a relative or what-word ("نفيه بالحمض" is a noun)
    relative_object: bool = False  # "الذي اعتبره التقرير دليلا": with its pronoun object after a relative, a view
    comma_opens: bool = False  # "وأضاف، ولكن الأهلي لم يرسل": opening its sentence, a comma then the words
    not_after_what: bool = False  # "على ما مضى من دعم": after a what-word it is "what has passed", no report
    # "وعدّ المجلس …": a cue only where the original text has this mark (its shadda), which normalisation deletes
    # ("وعد" without it is "promised")
    raw_mark: str = ""
    # "إبان الحرب" (during): a verb form normalisation merges with a particle spelt with this first letter in the
    # original text (أبان, explained, and إبان, during, are both ابان once normalised): not a cue spelt so
    raw_not_initial: str = ""


@dataclass(frozen=True)
class PrepCue:
    words: tuple[str, ...]  # the cue words after the first
    then: frozenset[str]  # optional separate/attached particle (ل, الى)
    relay: bool
    # "حسبما أفاد مصدر": the cue holds its own "ما"; the source is the subject of the verb after it
    fused_what: bool = False
    mouthpiece: bool = False  # "اعتبرت السلطة على لسان الناطق باسمها إن": the body speaks through him, one report


@dataclass(frozen=True)
class Head:
    cls: str  # anonymous | anonymous_if_indefinite | vague | named_titles
    lemma: str
    number: str
    adjectival: bool = False  # مقرب/مطلع also modify another head
    inanimate: bool = False  # معلومات، تقارير: not a speaker a verb continuation can inherit
    plural_construct_anonymous: bool = False  # "مسؤولو الجبلاية": officials of a body, unnamed
    bare_definite_anonymous: bool = False  # "وقال المسؤول", "المسؤول الأهلي": the article alone names no office
    no_pronoun_suffix: bool = False  # "مواطنه" is "his compatriot", not the listed head with a pronoun
    first_only: bool = False  # a head only as the phrase's first word ("زوج معلمة تبوك فيصل": the husband, named)
    private_person: bool = False  # "وقال المواطن": bare definite, anonymous and someone new (not the last speaker)


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
    impersonal_verbs: frozenset[str]  # the verbs of ``impersonal`` ("يتوقع"): passive when nothing names a subject
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
    non_source_quantifiers: frozenset[str]  # "وفق كل مرحلة": كل + a non-source noun
    coref_markers: frozenset[str]
    generic_lemmas: frozenset[str]
    heads: dict[str, Head]
    vague_named_override: tuple[str, ...]
    reasons: re.Pattern[str] | None  # why a source is anonymous (AP: a reason)
    outlet_markers: frozenset[str]
    agencies: tuple[str, ...]
    demonstratives: frozenset[str] = frozenset()  # "تلك المصادر": opens a subject that points back
    subject_first_features: frozenset[str] = frozenset()  # "p", "d": full agreement, the subject came first
    evidence_nouns: frozenset[str] = frozenset()  # المؤشرات تشير: evidence, not a source
    relay_participles: frozenset[str] = frozenset()  # "نقلا عن مصدر": a relay's own participle...
    relay_from: str = ""  # ...and its preposition
    relay_time_tails: frozenset[str] = frozenset()  # "أمس الأول نقلا عن": a time phrase before the relay
    accusative_ending: str = ""  # grammar.json: "مؤكداً" is an adverbial participle, not an adjective
    relative_pronouns: frozenset[str] = frozenset()
    what_words: frozenset[str] = frozenset()  # "وفقاً لما ... في تقارير": the source comes later
    # "مما اعتقد البعض", "التي أكدها بعضهم": after a relative or a what-word, an unspecified crowd right after the
    # verb (or after its resumptive "عنها") is the verb's subject, so the clause is the crowd's view
    crowd_subjects: frozenset[str] = frozenset()
    crowd_resumptives: frozenset[str] = frozenset()
    what_source_preps: frozenset[str] = frozenset()
    interview_nouns: frozenset[str] = frozenset()  # "مقابلة مع أحد ...": relayed by the publisher
    interview_marker: str = ""
    closing_verbs: frozenset[str] = frozenset()  # "جاء ذلك في حوار مع … في مجلة «اليمامة»": the outlet relays
    speech_nouns: frozenset[str] = frozenset()  # "في تصريحات": where, not who
    speech_preps: frozenset[str] = frozenset()
    object_nouns: frozenset[str] = frozenset()  # "أعلن الجيش نجاة ...": the object starts
    act_nouns: frozenset[str] = frozenset()  # "أعلنت الوزارة تأسيس ...": announcing one's own act
    np_skip_first: frozenset[str] = frozenset()  # "أكده أيضاً بيان": adverbs before the subject
    temporal_that: frozenset[str] = frozenset()  # "بعد أن": a time clause, not a that-clause
    complement_barriers: frozenset[str] = frozenset()  # "..., إلا أنه": a new clause, not the verb's
    since_words: frozenset[str] = frozenset()  # "حيث إن": since (a reason), not the verb's that-clause
    name_links: frozenset[str] = frozenset()  # "مبارك بن بنيه": the word after بن is part of the name
    prep_pronoun_objects: dict[str, str] = field(default_factory=dict)  # "ووفقا له": a continuation
    vague_modifiers: frozenset[str] = frozenset()  # "المعلومات المتداولة": circulating, i.e. vague
    vague_modifier_phrases: tuple[str, ...] = ()
    generic_genitives: frozenset[str] = frozenset()  # "استطلاعات الرأي": the genitive names no body
    nisba_endings: tuple[str, ...] = ()
    charge_counts: frozenset[str] = frozenset()  # "تتهم روف بتسع عمليات قتل": counts of a legal charge
    verb_first_objects: frozenset[str] = frozenset()  # "أكد صحة الرواية": an object right after the verb
    state_objects: frozenset[str] = frozenset()  # "يؤكد استمرار ...", "يتوقع نفادها": a verbal-noun object right after the verb
    feminine_relatives: frozenset[str] = frozenset()  # "التي": a masculine verb right after it is passive
    personal_subjects: frozenset[str] = frozenset()  # "لكنه", "أنهم": a personal pronoun, the subject before the verb
    relaying_lemmas: frozenset[str] = frozenset()  # "ونشرت الصحيفة على لسان متحدث": the outlet relays, he speaks
    future_particles: frozenset[str] = frozenset()  # "سوف تعلن": a report still to come, none made
    title_words: frozenset[str] = frozenset()  # "تحت عنوان: (التعليم: تشكو …)": a quoted title opens after these
    act_marker: str = ""  # "أعلنت قيادة … عن «هدنة إنسانية»": the particle before an announced act
    # "يعلن فيها عن وفاة", "أعلن مرارا عن وفاته": words that may stand between a passive verb and its عن
    passive_event_skip: frozenset[str] = frozenset()
    passive_event_marker: str = ""
    person_plurals: frozenset[str] = frozenset()  # "أحد رجال الشرطة": broken plurals of people
    relayed_from_pronouns: frozenset[str] = frozenset()  # "كما نقل عنه موقع …": relayed from him
    another_words: frozenset[str] = frozenset()  # "وقال آخر": another one of those just quoted
    first_ordinals: frozenset[str] = frozenset()  # "الأول … الآخر": the other of two, classed as the first
    another_after_some: frozenset[str] = frozenset()  # "بعض المستهلكين … وآخر يقول": some …, another
    honorifics: frozenset[str] = frozenset()  # "النائب فادي سلامة": an honorific then a name names the speaker
    given_names: frozenset[str] = frozenset()  # "… غسان العيثاوي": a given name then the rest of a name names the speaker
    compound_name_heads: frozenset[str] = frozenset()  # "عبد الله الزيد": a given name's first word of two
    # "اللواء علي إبراهيم": a given name that is also a function word (علي = على) is a name after an honorific
    names_after_honorifics: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()  # "قرب محطة دوكو": a place follows, not a name
    period_nouns: frozenset[str] = frozenset()  # "أعلن الأسبوع الماضي": a time, not the subject
    period_adjectives: frozenset[str] = frozenset()
    first_person_lemmas: frozenset[str] = frozenset()  # "وأعتقد أن": with its hamza, the first person
    first_person_marks: tuple[str, ...] = ()
    noun_case_marks: str = ""  # "أجرينا كشفاً موقعياً": tanween on a finite verb's word makes it a noun
    raw_mark_forms: frozenset[str] = frozenset()
    aside_marks: dict[str, str] = field(default_factory=dict)  # an aside's opening mark -> its closing mark
    aside_reach: int = 0
    aside_start: int = 0
    occasion_reach: int = 0  # "وعبر X في كلمته التي ألقاها … عن": how far the marker may come after the occasion
    antecedent_stops: frozenset[str] = frozenset()  # "الأرقام في الوقت الذي": a relative's antecedent ends here
    comma_complement_reach: int = 0  # "وتابع شاهين، خلال مداخلة …، أن": a that-word after a comma this far after the verb  # how far after the verb an aside may open (in its subject) to lengthen its window  # trigger forms (clitics included) of verbs with a ``raw_mark``
    purpose_nouns: frozenset[str] = frozenset()  # "لما صرفت من أجله": a purpose, not a source
    # "وأكد سموه": points back at the person named last with one of these words in the description (none: any name)
    honorific_pronouns: dict[str, frozenset[str]] = field(default_factory=dict)
    objects_after_definite: frozenset[str] = frozenset()  # "نفت الوزارة الأنباء": the object, not the subject
    study_nouns: frozenset[str] = frozenset()  # "دراسة طبية": a study with no author named is vague
    study_author_words: frozenset[str] = frozenset()  # "دراسة أجرتها …": its author follows
    study_kinds: frozenset[str] = frozenset()  # "دراسة طبية حديثة": its field, age or kind, no author
    study_prefixes: str = ""  # "لدراسة", "ودراسة": a clitic on the study noun
    partitives: frozenset[str] = frozenset()  # "دراسة من …": from whom it comes
    present_negators: frozenset[str] = frozenset()  # "لا يستبعد حصول": the negator alone is no subject
    document_content_lemmas: frozenset[str] = frozenset()  # "بلاغاً يفيد بنشوب حريق": what a document states
    document_nouns: frozenset[str] = frozenset()  # "بلاغاً من خلال أبراج المراقبة، يفيد": a document, its words after
    document_verb_prefixes: tuple[str, ...] = ()  # the verb agrees with the (masculine) document noun: "يفيد"
    document_through: frozenset[str] = frozenset()  # "من": a boundary elsewhere, inside the document's phrase here
    telling_lemmas: frozenset[str] = frozenset()  # "وأبلغ المصدر وكالة الأنباء الألمانية": the outlet told
    counterpart_nouns: frozenset[str] = frozenset()  # "ونظيرته البريطانية تيريزا ماي": a second person
    unnamed_role_titles: frozenset[str] = frozenset()  # "نائب فرنسي معارض": one unnamed person by role
    article_lookalikes: frozenset[str] = frozenset()  # "ألماني" normalised "الماني": no article
    person_plural_endings: tuple[str, ...] = ()  # "أحد المسؤولين": sound plurals of people
    passive_agent: tuple[str, ...] = ()  # "اتهموا من قبل قاضي": a passive verb with its agent
    vague_quantifiers: frozenset[str] = frozenset()  # "عدد من", "العديد من": an unspecified number of
    partitive: str = ""  # من
    counts_of_things: frozenset[str] = frozenset()  # "حسب عدد المقاعد": a count after a prepositional cue, no «من»
    vague_construct_counts: frozenset[str] = frozenset()  # "عشرات المواطنين": dozens of them, unspecified
    vague_count_adjectives: frozenset[str] = frozenset()  # "دول عديدة": many of them, unspecified
    masculine_relatives: frozenset[str] = frozenset()  # "بلاتر الذي أعلن": after a name, a person
    own_sentence_linkers: frozenset[str] = frozenset()  # "حيث يقولون": the speaker is in its own sentence
    clause_openers: frozenset[str] = frozenset()  # "كما اعتقلت الشرطة": a word before a sentence's opening verb
    office_prepositions: frozenset[str] = frozenset()  # "المسؤول عن": in charge of, an office  # "تونسية", "سياسيون": relational adjectives  # "مصادر غير رسمية": unofficial, i.e. vague
    press_modifiers: frozenset[str] = frozenset()  # "المصادر الصحافية": the media (on a source word only)
    or_words: frozenset[str] = frozenset()  # "تأكيد أو نفي": verbal nouns in a pair are acts, not reports
    # "رؤيته": the ة of a listed noun (normalised ه) is written ت before a pronoun
    ta_before_suffix: tuple[str, str] = ("", "")
    first_person_prefix: str = ""  # "اعتقد" = أعتقد once hamza is normalised: also the first person
    media_lemmas: frozenset[str] = frozenset()  # الصحف، وسائل الإعلام: outlets, never "the sources" again
    existential_before: frozenset[str] = frozenset()  # "وثمة من يقول": there are those who say
    existential_who: frozenset[str] = frozenset()
    first_who: frozenset[str] = frozenset()  # "كانت «عكاظ» أول من كشف": the first who reported it
    hypothetical_markers: frozenset[str] = frozenset()  # "أي بيان يوضح": no actual report
    # "وكأنه يرى أن", "لو علمت بأنه", "وإذا رأى أنه": a verb right after "as if" or "if" is no actual report
    unreal_markers: frozenset[str] = frozenset()
    fact_relatives: frozenset[str] = frozenset()  # "مما يشير إلى": the subject is a fact, not a speaker
    fact_what_after: frozenset[str] = frozenset()  # "وهو ما يشير إلى": so is "what" after these
    # "الأمر الذي يؤكد", "المستندات التي تؤكد ذلك": a showing verb in a relative clause on a thing
    thing_antecedents: frozenset[str] = frozenset()
    showing_lemmas: frozenset[str] = frozenset()
    showing_things: frozenset[str] = frozenset()  # "وثائق تؤكد أن": things that show, with evidence and rule nouns
    thing_plural_endings: tuple[str, ...] = ()
    as_reported_preps: frozenset[str] = frozenset()  # "على ما أعلن مصدر": as the source reported
    quoted_what_subject_max: int = 0  # "بحسب ما ذكرته “عكاظ”": how many words a quoted subject in a what-clause holds
    fronted_openers: frozenset[str] = frozenset()  # "من جانبه", "بدوره": the clause opens after them
    act_blocked_prefixes: tuple[str, ...] = ("\0",)  # "لتنظيم": an act noun after ل is no announced act
    pronoun_objects: frozenset[str] = frozenset()  # "صرح به ساركوزي": a preposition + pronoun before the subject
    first_person_addressees: frozenset[str] = frozenset()  # "رواه لي أحد العاملين": the writer told, not the subject
    time_words: frozenset[str] = frozenset()  # "وشدد الوزير أمس على": between subject and particle
    reason_openers: frozenset[str] = frozenset()  # "لأنها تعتقد": a belief inside a because-clause
    belief_lemmas: frozenset[str] = frozenset()
    what_report_lemmas: frozenset[str] = frozenset()  # "ما أوردته وكالة": what was cited is the claim
    name_markers: frozenset[str] = frozenset()  # "شركة «زيمبريوم»": a quote after these opens a name
    office_bodies: frozenset[str] = frozenset()  # "المدير العام للجمعية": a body after an office title
    emphatic_openers: frozenset[str] = frozenset()  # "فإن المفوضية تحذر": a definite subject opens the clause
    naming_verbs: frozenset[str] = frozenset()  # "ويدعى عبد الناصر": is called, not claims
    appositive_pronouns: frozenset[str] = frozenset()  # "متحدث آخر باسم الرئاسة هو جربا شيهو": the name given
    human_plural_features: frozenset[str] = frozenset()  # "وتوقعوا": people, never reports
    clause_conjunctions: tuple[str, ...] = ()  # "وتكشف": a verb with و has no subject right before it
    first_person_suffixes: tuple[str, ...] = ()  # "مصادرنا": our own sources, not the ones named before
    attached_preps: tuple[str, ...] = ()  # "وأشاد بجهود": a preposition written on the next word
    publish_verbs: frozenset[str] = frozenset()  # "في بيان نشرته وكالة ...": the agency relays
    copulas: frozenset[str] = frozenset()  # "كان متوقعاً": a predicate adjective, not a participle
    pluperfect_particles: frozenset[str] = frozenset()  # "وكانت <subject> قد أعلنت"
    channel_preps: frozenset[str] = frozenset()  # "على قناة …": said on another outlet's channel
    channel_markers: frozenset[str] = frozenset()
    # an outlet's other names ("aawsat" -> الشرق الاوسط): speaking to one's own outlet is no relay
    outlet_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    channel_window: int = 0
    conditions: re.Pattern[str] | None = None  # "asked not to be named" (AP: a condition, not a reason)
    # "وقالت المريضة، التي لم تكشف عن هويتها": a speaker whose name is withheld is anonymous
    withheld: re.Pattern[str] | None = None
    plural_endings: tuple[str, ...] = ()  # "المحقق" is one of "المحققين"
    feminine_endings: tuple[str, ...] = ()  # "باستضافة", "بالتحقيقات": the shape of a verbal noun, not a name
    withheld_reach: int = 60  # characters from the end of the source phrase to the withholding words
    # verbal nouns of saying that name their source: "مع تأكيد عضو مجلس", "في بيان لوزارة الخارجية"
    verbal_nouns: frozenset[str] = frozenset()
    verbal_noun_of: frozenset[str] = frozenset()  # "تأكيد من قيادي": the particle before the source
    pronoun_suffix_words: frozenset[str] = frozenset()  # ه، ها، هم: "لهم" is a pronoun, not a name
    document_lemmas: frozenset[str] = frozenset()  # بيان، قرار: documents, not speakers
    words_only_nouns: frozenset[str] = frozenset()  # تصريحات: a cue only with the words it introduces
    clause_commas: frozenset[str] = frozenset()  # "…، مؤكداً …": a participle opening a clause
    # "وأضاف البيان": a statement noun (bare) as the source, and the word forms that say a source spoke in one
    statement_nouns: frozenset[str] = frozenset()
    statement_forms: frozenset[str] = frozenset()
    # "بيان المنظمات", "تقرير التلفزيون": a document before a body's name speaks for the body said before alone
    body_document_nouns: frozenset[str] = frozenset()
    name_after_source_reach: int = 0  # "… المشرف العام على وكالة التنمية د. هشام الفالح أن": words a cut-off name may stand past its phrase
    alias_brackets: dict[str, str] = field(default_factory=dict)  # "(": ")": a short name after a body's name
    address_words: frozenset[str] = frozenset()  # معالي، سمو: a form of address, no name of the person
    new_speaker_openers: frozenset[tuple[str, ...]] = frozenset()  # "من جهته،": on his part, another speaker
    office_place_prepositions: frozenset[str] = frozenset()  # "في" of "رئيس المحكمة في المدينة" = "رئيس المحكمة بالمدينة"
    unit_prepositions: frozenset[str] = frozenset()  # "المسؤول في أحد المطابخ": in one of them, unnamed
    obtained_verbs: frozenset[str] = frozenset()  # "معلومات حصلت عليها «عكاظ» من مصادرها": obtained from
    obtained_reach: int = 0  # words between the verb and «من»
    office_name_reach: int = 0  # "رئيس الوزراء البريطاني، ديفيد كاميرون": how many words after an office its holder's name may stand
    statement_reach: int = 4  # how many words past the source a statement word may stand ("قالت الوزارة في بيان")
    title_again_max: int = 3  # "وأشارت السفيرة", "وقال الرئيس الأميركي": an office alone, up to this many words
    restating_participles: frozenset[str] = frozenset()  # "وواصل حديثه … قائلاً": restates the verb
    restating_window: int = 0
    pluperfect_auxiliaries: frozenset[str] = frozenset()
    # "قياديان", "مسؤولتين": a dual ending on a listed singular head (ending, what the singular ends with)
    dual_endings: tuple[tuple[str, str], ...] = ()
    # memo for head_of (a pure function of the token): the same words recur in every article
    head_cache: dict[str, Head | None] = field(default_factory=dict, compare=False, hash=False, repr=False)


def _n(s: str) -> str:
    return " ".join(normalise_text(s).split())


def _feeling_forms(stems: list[str], lex: dict[str, Any]) -> frozenset[str]:
    """The written forms of feeling nouns (normalised): bare, with the article, with tanween alif, and with an
    object pronoun (a final ta marbuta, normalised, is written as ta before it); the letters are data
    (``feeling_object_forms``)."""
    f = {k: _n(v) for k, v in lex.get("feeling_object_forms", {}).items() if not k.startswith("_")}
    if not f:
        return frozenset()
    out: set[str] = set()
    for s in map(_n, stems):
        base = s[:-len(f["marbuta"])] + f["marbuta_before_suffix"] if s.endswith(f["marbuta"]) else s
        out.update((s, f["article"] + s, s + f["tanween_alif"]))
        out.update(base + _n(suf) for suf in lex.get("object_suffixes", []))
    return frozenset(out)


def _set(xs: Any) -> frozenset[str]:
    return frozenset(_n(x) for x in xs or ())


@lru_cache(maxsize=8)
def cue_lexicon(language: str = "ar") -> CueLexicon:
    lex = load_lexicon(language, "attribution")
    verbs: dict[str, VerbCue] = {}
    object_suffixes = [_n(x) for x in lex.get("object_suffixes", [])]
    maqsura = tuple(lex.get("maqsura_before_suffix", ()))
    imperfect = tuple(_n(x) for x in lex.get("imperfect_prefixes", [])) or ("\0",)
    suffixed: dict[str, VerbCue] = {}
    for v in lex.get("verbs", []):
        for form, feat in v["forms"].items():
            cue = VerbCue(
                lemma=_n(v["lemma"]), features=feat, strict=bool(v.get("strict")),
                complements=_set(v.get("complements")), source_marker=_n(v.get("source_marker", "")),
                marker_role=v.get("marker_role", ""), needs_complement=bool(v.get("needs_complement")),
                needs_marker=bool(v.get("needs_marker_or_complement")),
                object_markers=_set(v.get("object_markers")),
                adjacent_complements=_set(v.get("adjacent_complements")), event_object=bool(v.get("event_object")), negatable=bool(v.get("negatable")),
                clause_complement=bool(v.get("clause_complement")), complement_window=int(v.get("complement_window", 0)),
                not_followed_by=_set(v.get("not_followed_by")), not_followed_by_prefixes=tuple(_n(x) for x in v.get("not_followed_by_prefixes", [])), other_sense=_set(v.get("other_sense_objects")), appeal_objects=_set(v.get("appeal_objects")),
                free=bool(v.get("free")), adjacent_needs_speaker=bool(v.get("adjacent_needs_speaker")),
                news_subject=bool(v.get("news_subject")), source_object=bool(v.get("source_object")),
                prefix_complements=tuple(_n(x) for x in v.get("prefix_complements", [])),
                object_prefixes=tuple(_n(x) for x in v.get("object_prefixes", [])),
                relative_thing_markers=_set(v.get("relative_thing_markers")),
                complement_opens=bool(v.get("complement_opens")),
                complement_opens_clitics=tuple(_n(x) for x in v.get("complement_opens_clitics", [])),
                opening_objects=_set(v.get("opening_objects")),
                relative_passive_next=_set(v.get("relative_passive_next")),
                passive_next=_set(v.get("passive_next")),
                passive_events=_set(v.get("passive_event_objects")),
                not_in_that_clause=bool(v.get("not_in_that_clause")),
                not_after_what=bool(v.get("not_after_what")),
                quantity_objects=_set(v.get("quantity_objects")),
                quantity_amounts=_set(v.get("quantity_amounts")),
                colon_after=_set(v.get("colon_after")),
                imperfect_needs_clause=bool(v.get("imperfect_needs_clause")),
                window_object_prefixes=tuple(_n(x) for x in v.get("window_object_prefixes", [])),
                subject_lemmas=_set(v.get("subject_lemmas")),
                comma_opens=bool(v.get("comma_opens")),
                relative_object=bool(v.get("relative_object")),
                relative_object_after_relative=v.get("relative_object") == "after_relative",
                raw_mark=v.get("raw_mark", ""), raw_not_initial=v.get("raw_not_initial", ""), initial_only=bool(v.get("initial_only")),
                feeling_objects=_feeling_forms(v.get("feeling_objects", []), lex),
            )
            verbs[_n(form)] = cue
            if not v.get("no_object_suffix"):
                # a final alif maqsura is written alif before a pronoun (روى + ه -> رواه, نفى -> نفاه); past forms
                # only, as for the other suffixed views (the imperfect «يراه البعض» is a habit, left out)
                stems = [_n(form)] + ([form[:-len(maqsura[0])] + maqsura[1]] if maqsura and form.endswith(maqsura[0])
                                      and not _n(form).startswith(imperfect) else [])
                for stem in stems:
                    for suf in object_suffixes:
                        suffixed.setdefault(_n(stem) + suf, replace(cue, suffixed=True))
    for form, cue in suffixed.items():
        verbs.setdefault(form, cue)  # a listed form (يرجحه) keeps its own entry
    for v in lex.get("verbs", []):
        for form, feat in v.get("sentence_initial_forms", {}).items():
            base = next(iter(c for f, c in verbs.items() if c.lemma == _n(v["lemma"]) and not c.suffixed))
            verbs.setdefault(_n(form), replace(base, features=feat, initial_only=True))
        for form, feat in v.get("clause_forms", {}).items():
            base = next(iter(c for f, c in verbs.items() if c.lemma == _n(v["lemma"]) and not c.suffixed))
            verbs[_n(form)] = replace(base, features=feat, initial_only=True, clause_form=True)
    parts = lex.get("participles", {})
    free = _set(parts.get("free"))
    clause_only = _set(parts.get("clause_only"))
    adjacent = {_n(k): _set(v) for k, v in parts.get("adjacent_complements", {}).items()}
    prefixed = {_n(k): tuple(_n(x) for x in v) for k, v in parts.get("object_prefixes", {}).items()}
    window_prefixed = {_n(k): tuple(_n(x) for x in v) for k, v in parts.get("window_object_prefixes", {}).items()}
    comma_only = _set(parts.get("after_comma_only"))
    # "مبدياً سعادته": the participle takes its verb's complement nouns, right after it
    borrowed = {_n(k): next((c.complements for c in verbs.values() if c.lemma == _n(v) and not c.participle), frozenset())
                for k, v in parts.get("complements_of", {}).items()}
    for form, feat in parts.get("forms", {}).items():
        verbs[_n(form)] = VerbCue(_n(form), feat, True, borrowed.get(_n(form), frozenset()), "", "", participle=True,
                                  complement_window=parts.get("complements_window", 0) if _n(form) in borrowed else 0,
                                  free=_n(form) in free, clause_complement=_n(form) in clause_only,
                                  adjacent_complements=adjacent.get(_n(form), frozenset()),
                                  object_prefixes=prefixed.get(_n(form), ()),
                                  window_object_prefixes=window_prefixed.get(_n(form), ()),
                                  after_comma_only=_n(form) in comma_only)
    preps: dict[str, list[PrepCue]] = {}
    for p in lex.get("prepositions", []):
        words = [_n(w) for w in p["cue"]]
        preps.setdefault(words[0], []).append(
            PrepCue(tuple(words[1:]), _set(p.get("then")), bool(p.get("relay")), bool(p.get("fused_what")),
                    bool(p.get("mouthpiece"))))
    heads: dict[str, Head] = {}
    for cls, entries in lex.get("heads", {}).items():
        if cls.startswith("_"):
            continue  # a comment
        for e in entries:
            for form, number in e["forms"].items():
                heads.setdefault(_n(form), Head(cls, _n(e["lemma"]), number, bool(e.get("adjectival")),
                                                bool(e.get("inanimate")), bool(e.get("plural_construct_anonymous")),
                                                bool(e.get("bare_definite_anonymous")),
                                                bool(e.get("no_pronoun_suffix")), bool(e.get("first_only")),
                                                bool(e.get("private_person"))))
    proclitics = tuple(_n(x) for x in lex.get("proclitics", []))
    pronoun_preps = {_n(k): v for k, v in lex.get("pronoun_prepositions", {}).get("forms", {}).items()}
    verbal_nouns = _set(lex.get("verbal_nouns", {}).get("forms"))
    bare = set(verbs) | set(preps) | set(pronoun_preps) | set(verbal_nouns)
    # one set probe per token replaces three dictionary walks for the ~97% of
    # tokens that are not cues
    excluded = _set(lex.get("excluded_forms"))
    triggers = frozenset(bare | {p + b for p in proclitics for b in bare}) - excluded
    reasons = lex.get("reasons", [])
    conditions = lex.get("anonymity_conditions", [])
    withheld = lex.get("withheld_identity", [])
    relay = lex.get("relay", {})
    return CueLexicon(
        proclitics=proclitics,
        triggers=triggers,
        verbal_nouns=verbal_nouns,
        verbal_noun_of=_set(lex.get("verbal_nouns", {}).get("source_prepositions")),
        pronoun_suffix_words=_set(lex.get("verbal_nouns", {}).get("pronouns")),
        document_lemmas=_set(lex.get("verbal_nouns", {}).get("document_lemmas")),
        words_only_nouns=_set(lex.get("verbal_nouns", {}).get("with_words_only")),
        subject_before=lex.get("subject_position", "after") == "before",
        verbs=verbs,
        # longer multi-word cues first so "نقلا عن" wins over a bare "نقلا"
        preps={k: tuple(sorted(v, key=lambda c: -len(c.words))) for k, v in preps.items()},
        pronoun_preps=pronoun_preps,
        complementizers=_set(lex.get("complementizers")),
        complement_marks=frozenset(lex.get("complement_marks", [])),
        complement_window=int(lex.get("complement_window", 16)),
        negators=_set(lex.get("negators")),
        present_negators=_set(lex.get("present_negators")),
        purpose_nouns=_set(lex.get("purpose_nouns")),
        objects_after_definite=_set(lex.get("objects_after_definite")),
        study_nouns=_set(lex.get("unauthored_studies", {}).get("nouns")),
        study_author_words=_set(lex.get("unauthored_studies", {}).get("author_words")),
        study_kinds=_set(lex.get("unauthored_studies", {}).get("kinds")),
        study_prefixes="".join(_n(x) for x in lex.get("unauthored_studies", {}).get("prefixes", [])),
        partitives=_set(lex.get("unauthored_studies", {}).get("from_words")),
        first_person_lemmas=_set(lex.get("first_person_hamza", {}).get("lemmas")),
        first_person_marks=tuple(lex.get("first_person_hamza", {}).get("marks", [])),
        noun_case_marks="".join(lex.get("noun_case_marks", {}).get("marks", [])),
        aside_marks=dict(lex.get("asides", {}).get("marks", {})), aside_reach=int(lex.get("asides", {}).get("reach", 0)),
        aside_start=int(lex.get("asides", {}).get("start", 0)),
        honorific_pronouns={_n(k): _set(v) for k, v in lex.get("honorific_pronouns", {}).items()},
        occasion_reach=int(lex.get("occasion_reach", 0)),
        antecedent_stops=_set(lex.get("antecedent_stops")),
        comma_complement_reach=int(lex.get("comma_complement_reach", 0)),
        raw_mark_forms=frozenset(t for t in triggers if (v := verbs.get(strip_proclitic(t, verbs, proclitics)[0] or "")) is not None and (v.raw_mark or v.raw_not_initial)),
        period_nouns=_set(lex.get("periods", {}).get("nouns")),
        period_adjectives=_set(lex.get("periods", {}).get("adjectives")),
        noun_preceders=_set(lex.get("noun_preceders")),
        subjunctive=_set(lex.get("subjunctive_particles")),
        imperfect_prefixes=tuple(_n(x) for x in lex.get("imperfect_prefixes", [])),
        impersonal=frozenset((_n(a), _n(b)) for a, b in lex.get("impersonal", [])),
        impersonal_verbs=frozenset(_n(a) for a, _ in lex.get("impersonal", [])),
        feminine_relatives=_set(lex.get("feminine_relatives")),
        personal_subjects=_set(lex.get("personal_subjects")),
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
        non_source_quantifiers=_set(lex.get("non_source_quantifiers")),
        coref_markers=_set(lex.get("coref_markers")), demonstratives=_set(lex.get("demonstratives")),
        subject_first_features=frozenset(lex.get("subject_first_features", [])),
        generic_lemmas=_set(lex.get("generic_source_lemmas")),
        heads=heads,
        vague_named_override=tuple(_n(x) for x in lex.get("vague_named_override", [])),
        # one alternation for all reason phrases, compiled once; scanned over every article's whole
        # text, so guarded by the letters a phrase can start with (same matches, fewer offsets tried)
        reasons=first_char_guard(re.compile("|".join(f"(?:{r})" for r in reasons))) if reasons else None,
        conditions=first_char_guard(re.compile("|".join(f"(?:{r})" for r in conditions))) if conditions else None,
        withheld_reach=int(lex.get("withheld_reach", 60)),
        plural_endings=tuple(_n(x) for x in lex.get("plural_endings", [])),
        feminine_endings=tuple(_n(x) for x in lex.get("feminine_endings", [])),
        withheld=first_char_guard(re.compile("|".join(f"(?:{r})" for r in conditions + withheld))) if conditions + withheld else None,
        outlet_markers=_set(relay.get("outlet_markers")),
        relay_participles=_set(relay.get("relay_participles")), relay_from=_n(relay.get("relay_from", "")),
        relay_time_tails=_set(relay.get("relay_time_tails")),
        accusative_ending=grammar(language).accusative_ending,
        agencies=tuple(_n(a) for a in relay.get("agencies", [])),
        evidence_nouns=_set(lex.get("evidence_nouns")),
        relative_pronouns=_set(lex.get("relative_pronouns")),
        what_words=_set(lex.get("what_words")),
        crowd_subjects=_set(lex.get("crowd_subjects", {}).get("words")),
        crowd_resumptives=_set(lex.get("crowd_subjects", {}).get("resumptives")),
        what_source_preps=_set(lex.get("what_source_prepositions")),
        interview_nouns=_set(relay.get("interview_nouns")),
        interview_marker=_n(relay.get("interview_marker", "")),
        closing_verbs=_set(relay.get("closing_verbs")),
        speech_nouns=_set(lex.get("speech_nouns")),
        speech_preps=_set(lex.get("speech_prepositions")),
        object_nouns=_set(lex.get("object_nouns")),
        act_nouns=_set(lex.get("act_nouns")),
        np_skip_first=_set(lex.get("np_skip_first")),
        complement_barriers=_set(lex.get("complement_barriers")),
        since_words=_set(lex.get("since_words")),
        name_links=_set(lex.get("name_links")),
        temporal_that=_set(lex.get("temporal_that")),
        prep_pronoun_objects={_n(k): v for k, v in lex.get("prep_pronoun_objects", {}).items()},
        vague_modifiers=_set(lex.get("vague_modifiers")),
        office_prepositions=_set(lex.get("office_prepositions")),
        own_sentence_linkers=_set(lex.get("own_sentence_linkers")),
        clause_openers=_set(lex.get("clause_openers")),
        masculine_relatives=_set(lex.get("masculine_relatives")),
        vague_quantifiers=_set(lex.get("vague_quantifiers", {}).get("words")),
        vague_construct_counts=_set(lex.get("vague_quantifiers", {}).get("construct")),
        vague_count_adjectives=_set(lex.get("vague_quantifiers", {}).get("adjectives")),
        partitive=_n(lex.get("vague_quantifiers", {}).get("partitive", "")),
        counts_of_things=_set(lex.get("counts_of_things")),
        passive_agent=tuple(_n(x) for x in lex.get("passive_agent", [])),
        person_plurals=_set(lex.get("one_of_people", {}).get("broken_plurals")),
        honorifics=_set(lex.get("honorifics")),
        given_names=_set(lex.get("given_names")),
        compound_name_heads=_set(lex.get("compound_name_heads")),
        names_after_honorifics=_set(lex.get("names_after_honorifics")),
        place_prepositions=_set(lex.get("place_prepositions")),
        document_content_lemmas=_set(lex.get("document_content_lemmas")),
        document_nouns=_set(lex.get("document_nouns", {}).get("words")),
        document_verb_prefixes=tuple(_n(x) for x in lex.get("document_nouns", {}).get("verb_prefixes", [])),
        document_through=_set(lex.get("document_nouns", {}).get("through")),
        telling_lemmas=_set(lex.get("telling_lemmas")),
        counterpart_nouns=_set(lex.get("counterpart_nouns")),
        unnamed_role_titles=_set(lex.get("unnamed_role_titles")),
        article_lookalikes=_set(lex.get("article_lookalikes")),
        another_words=_set(lex.get("another_words")),
        first_ordinals=_set(lex.get("first_ordinals")),
        relayed_from_pronouns=_set(lex.get("relayed_from_pronouns")),
        another_after_some=_set(lex.get("another_after_some")),
        person_plural_endings=tuple(_n(x) for x in lex.get("one_of_people", {}).get("endings", [])),
        relaying_lemmas=_set(lex.get("relaying_lemmas")),
        future_particles=_set(lex.get("future_particles")),
        title_words=_set(lex.get("title_words")),
        act_marker=_n(lex.get("act_marker", "")),
        passive_event_skip=_set(lex.get("passive_event_skip")),
        passive_event_marker=_n(lex.get("passive_event_marker", "")),
        verb_first_objects=_set(lex.get("verb_first_objects")),
        state_objects=_set(lex.get("state_objects")),
        charge_counts=_set(lex.get("charge_counts")),
        nisba_endings=tuple(_n(x) for x in lex.get("nisba_endings", [])),
        generic_genitives=_set(lex.get("generic_genitives")),
        vague_modifier_phrases=tuple(" ".join(_n(x).split()) for x in lex.get("vague_modifier_phrases", [])),
        press_modifiers=_set(lex.get("press_modifiers")),
        media_lemmas=_set(lex.get("media_lemmas")),
        or_words=_set(lex.get("or_words")),
        ta_before_suffix=(_n(lex.get("ta_before_suffix", {}).get("written", "")),
                          _n(lex.get("ta_before_suffix", {}).get("listed", ""))),
        first_person_prefix=_n(lex.get("first_person_prefix", "")),
        existential_before=_set(lex.get("existential_who", {}).get("before")),
        existential_who=_set(lex.get("existential_who", {}).get("who")),
        first_who=_set(lex.get("existential_who", {}).get("first")),
        hypothetical_markers=_set(lex.get("hypothetical_markers")),
        unreal_markers=_set(lex.get("unreal_markers")),
        fact_relatives=_set(lex.get("fact_relatives", {}).get("words")),
        fact_what_after=_set(lex.get("fact_relatives", {}).get("what_after")),
        act_blocked_prefixes=tuple(_n(x) for x in lex.get("act_noun_blocked_prefixes", [])) or ("\0",),
        quoted_what_subject_max=int(lex.get("quoted_what_subject_max", 0)),
        fronted_openers=_set(lex.get("fronted_openers")),
        as_reported_preps=_set(lex.get("as_reported", {}).get("prepositions")),
        thing_antecedents=_set(lex.get("fact_relatives", {}).get("thing_antecedents")),
        showing_lemmas=_set(lex.get("fact_relatives", {}).get("showing_lemmas")),
        showing_things=_set(lex.get("showing_things", {}).get("words")),
        thing_plural_endings=tuple(_n(x) for x in lex.get("fact_relatives", {}).get("thing_plural_endings", [])),
        pronoun_objects=_set(lex.get("pronoun_objects")),
        first_person_addressees=_set(lex.get("first_person_addressees")),
        attached_preps=tuple(_n(x) for x in lex.get("attached_prepositions", [])),
        first_person_suffixes=tuple(_n(x) for x in lex.get("first_person_suffixes", [])),
        clause_conjunctions=tuple(_n(x) for x in lex.get("clause_conjunctions", [])),
        human_plural_features=frozenset(lex.get("human_plural_features", [])),
        naming_verbs=_set(lex.get("naming_verbs")),
        appositive_pronouns=_set(lex.get("appositive_pronouns")),
        name_markers=_set(lex.get("name_markers")),
        office_bodies=_set(lex.get("office_bodies")),
        emphatic_openers=_set(lex.get("emphatic_openers")),
        what_report_lemmas=_set(lex.get("what_report_lemmas")),
        reason_openers=_set(lex.get("reason_clause", {}).get("openers")),
        time_words=_set(lex.get("time_words")),
        belief_lemmas=_set(lex.get("reason_clause", {}).get("belief_lemmas")),
        publish_verbs=_set(relay.get("publish_verbs")),
        copulas=_set(parts.get("copulas")),
        pluperfect_particles=_set(lex.get("pluperfect", {}).get("particles")),
        clause_commas=frozenset(lex.get("clause_commas", [])),
        title_again_max=int(lex.get("title_again_max_words", 3)),
        statement_nouns=_set(lex.get("statement_nouns")),
        statement_forms=_set(lex.get("statement_forms")),
        body_document_nouns=_set(lex.get("body_document_nouns")),
        office_name_reach=int(lex.get("office_name_reach_words", 0)),
        office_place_prepositions=frozenset(_n(x) for x in lex.get("office_place_prepositions", [])),
        unit_prepositions=frozenset(_n(x) for x in lex.get("unit_prepositions", [])),
        obtained_verbs=frozenset(_n(x) for x in lex.get("obtained_from", {}).get("verbs", [])),
        obtained_reach=int(lex.get("obtained_from", {}).get("reach_words", 0)),
        new_speaker_openers=frozenset(tuple(_n(w) for w in ph.split()) for ph in lex.get("new_speaker_openers", [])),
        address_words=_set(lex.get("address_words")),
        alias_brackets=dict(lex.get("alias_brackets", {})),
        name_after_source_reach=int(lex.get("name_after_source_reach_words", 0)),
        statement_reach=int(lex.get("statement_reach_words", 4)),
        channel_preps=_set(relay.get("channel_prepositions")),
        channel_markers=_set(relay.get("channel_markers")),
        outlet_aliases={_n(k): tuple(_n(v) for v in vs) for k, vs in relay.get("outlet_aliases", {}).items()
                        if not k.startswith("_")},
        channel_window=int(relay.get("channel_window", 0)),
        restating_participles=_set(lex.get("restating_participles", {}).get("forms")),
        restating_window=int(lex.get("restating_participles", {}).get("window", 0)),
        pluperfect_auxiliaries=_set(lex.get("pluperfect", {}).get("auxiliaries")),
        dual_endings=tuple((_n(e), _n(r)) for e, r in lex.get("dual_endings", {}).get("endings", [])),
    )


def strip_proclitic(token: str, table: Container[str], proclitics: tuple[str, ...]) -> tuple[str, int]:
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


def names_next(toks: Any, i: int, lex: CueLexicon) -> bool:
    """``toks[i]`` is a naming verb ("ويدعى") followed by a name: not a that-clause, a pronoun object,
    a particle, a word with the article or a source noun ("فتاة تدعي فيه أنها", "يدعي المتهم أن")."""
    if toks[i].text in lex.appositive_pronouns:
        # "متحدث آخر باسم الرئاسة هو جربا شيهو": a pronoun then a name of two words (not "هو يرى أن")
        return all(k < len(toks) and toks[k].sent == toks[i].sent and _name_like(toks[k], lex)
                   and not strip_proclitic(toks[k].text, lex.verbs, lex.proclitics)[0] for k in (i + 1, i + 2))
    if toks[i].text not in lex.naming_verbs or i + 1 >= len(toks) or toks[i + 1].sent != toks[i].sent:
        return False
    k = i + 1
    if toks[k].text == '"' and k + 1 < len(toks) and toks[k + 1].sent == toks[i].sent:
        k += 1
    return _name_like(toks[k], lex)


def _name_like(tok: Any, lex: CueLexicon) -> bool:
    """A word that may be (part of) a name: no article, particle, pronoun object or source noun."""
    t = tok.text
    return tok.word and not t.isdigit() and t not in lex.complementizers and t not in lex.pronoun_objects \
        and t not in lex.np_stop and t not in lex.np_first_stop and not t.startswith(lex.definite_prefixes) \
        and head_of(t, lex) is None and t not in lex.pronoun_subjects


def head_of(token: str, lex: CueLexicon) -> Head | None:
    """The source head a token spells, allowing ال/و/ب/ل prefixes and pronoun suffixes."""
    cache = lex.head_cache
    if token in cache:
        return cache[token]
    if len(cache) > 50_000:
        cache.clear()
    h = cache[token] = _head_of(token, lex)
    return h


def _head_of(token: str, lex: CueLexicon) -> Head | None:
    candidates = [token]
    for p in lex.noun_prefixes:
        if token.startswith(p) and len(token) - len(p) >= 2:
            candidates.append(token[len(p):])
    unsuffixed = len(candidates)
    for c in list(candidates):
        for s in lex.noun_suffixes:
            if c.endswith(s) and len(c) - len(s) >= 3:
                candidates.append(c[: -len(s)])
    for n, c in enumerate(candidates):
        h = lex.heads.get(c)
        if h is not None and not (h.no_pronoun_suffix and n >= unsuffixed):
            return h
    for c in candidates:
        # "قياديان في طالبان": two of a listed singular head are two sources of its class
        for ending, singular_end in lex.dual_endings:
            if c.endswith(ending) and len(c) - len(ending) >= 3:
                h = lex.heads.get(c[: -len(ending)] + singular_end)
                if h is not None and h.number == "singular":
                    return replace(h, number="dual")
    return None
