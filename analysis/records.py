"""Typed records passed between the pipeline stages.

Every record that points into an article carries character offsets into the
article's *cleaned* text (``Article.text``), so any figure can be traced back to
the exact characters it came from.  Records are frozen: stages return new
records instead of mutating shared ones.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from enum import Enum, StrEnum


class SourceClass(str, Enum):
    NAMED = "named"
    ANONYMOUS = "anonymous"
    VAGUE = "vague"


class FactKind(StrEnum):
    """What a fact is (StrEnum: compares equal to, and prints as, its value)."""

    NUMBER = "number"
    DATE = "date"
    TIME = "time"
    ENTITY = "entity"
    CLAIM = "claim"


class ComparisonStatus(StrEnum):
    AGREE = "agree"
    CONFLICT = "conflict"
    UPDATE = "update"  # values changed over time, none at odds at one time


class PairKind(StrEnum):
    """Why two items of a comparison are paired: they disagree, or were left uncompared on purpose."""

    CONFLICT = "conflict"  # incompatible values of two outlets for the same time
    OUTDATED = "outdated"  # item a repeats a value item b's outlet had already revised before a's day
    # abstentions
    CO_REPORTED = "co-reported"  # one article gives both values: two different things
    AMBIGUOUS = "ambiguous"  # an article gives two incompatible values for the quantity
    MAGNITUDE = "magnitude"  # an order of magnitude apart
    VAGUE = "vague"  # a number word's range against a figure just outside it
    ONE_DAY = "one-day"  # event dates one day apart (a night event)
    CLOSE = "close"  # figures a hair apart: amounts on one day, or "at least 31" against 30
    ROUNDED = "rounded"  # a whole number of millions/billions against the precise figure
    UNCORROBORATED = "uncorroborated"  # each value from one outlet only
    DAYS_APART = "days-apart"  # a lower toll several days later: most often another event
    ANOTHER_DATE = "another-date"  # dates of an event or an election days apart: another one
    MARKET_MOVE = "market-move"  # percentage moves of prices or indices: quoted at different hours
    ANOTHER_INCIDENT = "another-incident"  # an automatic story's two incidents (different rare words, places or causes)


class FactStatusKind(StrEnum):
    CORROBORATED = "corroborated"
    CONTRADICTED = "contradicted"
    OUTDATED = "outdated"
    UPDATED = "updated"
    SINGLE_SOURCE = "single-source"


@dataclass(frozen=True)
class Article:
    """One article as loaded from a corpus.

    ``raw_text`` is the capture as it came in; ``text`` is the cleaned text that
    every offset in the analysis refers to.
    """

    id: str
    outlet: str
    title: str
    published: str  # ISO date, as precise as known: "2021-11" or "2020-06-29" or ""
    raw_text: str
    text: str
    url: str = ""
    language: str = "ar"
    story: str = ""  # manual story override from the manifest; "" = let grouping decide


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Attribution:
    """One place where a claim is attributed to a source.

    ``start``/``end`` cover cue and source together; the cue and source have
    their own spans.  ``source_id`` groups mentions of the same source inside
    one article (continuations such as "وأضافت" and coreferences such as
    "المصدر ذاته" get the id of the source they continue).
    """

    start: int
    end: int
    cue: str
    cue_start: int
    cue_end: int
    source: str
    source_start: int
    source_end: int
    source_class: SourceClass
    sentence: int
    source_id: int
    via: str = ""  # outlet/agency the report was relayed through ("رويترز")
    reason_given: bool = False  # a reason for anonymity is stated (why: "not authorised to speak")
    reason: str = ""
    cue_kind: str = "verb"  # verb | preposition | continuation
    source_number: str = "unknown"  # singular | dual | plural | unknown
    # a condition of anonymity is stated ("asked not to be named"): AP tells it apart from a reason
    condition_given: bool = False
    condition: str = ""


@dataclass(frozen=True)
class Source:
    """A distinct source inside one article (all its mentions merged)."""

    id: int
    label: str
    source_class: SourceClass
    mentions: tuple[int, ...]  # indices into the article's attributions
    via: str = ""
    reason_given: bool = False
    condition_given: bool = False


@dataclass(frozen=True)
class Interval:
    low: float
    high: float


@dataclass(frozen=True)
class ArticleSourcing:
    article_id: str
    words: int
    attributions: int
    distinct_sources: int
    named: int  # distinct sources per class
    anonymous: int
    vague: int
    named_share: float
    anonymous_share: float
    vague_share: float
    anonymous_per_1000_words: float
    reason_given_share: float  # among anonymous sources
    single_anonymous_claims: int
    score: float | None  # 0-100, None when the article attributes nothing
    interval: Interval | None


@dataclass(frozen=True)
class OutletSourcing:
    outlet: str
    article_ids: tuple[str, ...]
    words: int
    attributions: int
    distinct_sources: int
    named: int
    anonymous: int
    vague: int
    named_share: float
    anonymous_share: float
    vague_share: float
    anonymous_per_1000_words: float
    reason_given_share: float
    single_anonymous_claims: int
    score: float | None
    interval: Interval | None


@dataclass(frozen=True)
class Fact:
    """A checkable statement found in one article."""

    start: int
    end: int
    kind: FactKind
    value: str  # surface text
    normalised: str  # canonical value used for comparison ("3", "2021-11-07", ...)
    subject: str = ""  # what the value is about ("drones", "fatah_seats_2021", ...)
    sentence: int = -1
    unit: str = ""
    year: str = ""  # year context, when the sentence ties the value to a year
    # scope of a count (see analysis/facts/extract.py, "scope"): what is measured, of whom, narrowed how
    measure: str = ""  # killed | wounded | arrested | age | amount:<unit> | n:<counted noun> | drones ...
    holder: str = ""  # of whom / what ("جنود", "bomber", a gazetteer party)
    qualifier: str = ""  # serious | hospital | part | total | downed ...
    as_of: str = ""  # ISO day the figure is stated for (the sentence's day, else the publication day)
    note: str = ""  # why the fact is not compared ("background", "duration", ...); "" when it is
    update_cue: bool = False  # the sentence says the figure changed ("ارتفعت الحصيلة إلى")
    # as_of is the day a report was made ("قالت الوزارة في بيان اليوم الاثنين إن ... 27"), not an event's day
    as_of_reported: bool = False


@dataclass(frozen=True)
class ComparisonItem:
    article_id: str
    outlet: str
    value: str
    normalised: str
    start: int
    end: int
    sentence_start: int = -1
    sentence_end: int = -1
    via: str = ""
    group: int = 0  # display cluster of compatible values (agreement itself: alignment.items_agree)
    as_of: str = ""  # ISO day the value is stated for ("" unknown: then it is taken as contemporary)
    published: str = ""  # the article's publication date
    update_cue: bool = False


@dataclass(frozen=True)
class ItemPair:
    """Two items of a comparison that do not agree: "A says X, B says Y"."""

    a: int  # index into Comparison.items (for "outdated": the item repeating the superseded value)
    b: int
    kind: PairKind  # conflict | outdated, or an abstention's reason


@dataclass(frozen=True)
class Wording:
    """How the compared texts spell a stem of a comparison's subject ("عايل" -> "عائلة"): for labels."""

    stem: str
    word: str


@dataclass(frozen=True)
class Comparison:
    story: str
    subject: str
    status: ComparisonStatus
    items: tuple[ComparisonItem, ...]
    relayed_only: bool = False  # every item repeats the same relayed source: not corroboration
    relayed_via: str = ""
    kind: str = ""  # fact kind compared (number | date | time | claim)
    # kind "conflict" (incompatible values of two outlets for the same time) or "outdated"
    # (item a repeats a value item b's outlet had already revised before a's day)
    pairs: tuple[ItemPair, ...] = ()
    updated: bool = False  # values changed over time (a timeline), whatever the status
    # value pairs left uncompared on purpose, kind = why: co-reported (one article gives both),
    # ambiguous (an article gives two values), magnitude (an order apart), one-day (event dates)
    abstained: tuple[ItemPair, ...] = ()
    # the subject's stems as the items' sentences spell them (facts.wording): labels show words, not stems
    wording: tuple[Wording, ...] = ()


@dataclass(frozen=True)
class FactStatus:
    article_id: str
    fact_index: int
    status: FactStatusKind


@dataclass(frozen=True)
class OutletConsistency:
    outlet: str
    score: float | None
    interval: Interval | None
    agree: int
    conflict: int
    single_source: int


@dataclass(frozen=True)
class ArticleAnalysis:
    article: Article
    sentences: tuple[Sentence, ...]
    attributions: tuple[Attribution, ...]
    sources: tuple[Source, ...]
    sourcing: ArticleSourcing
    facts: tuple[Fact, ...] = ()
    story: str = ""


@dataclass(frozen=True)
class OutletReport:
    outlet: str
    sourcing: OutletSourcing
    consistency: OutletConsistency | None = None


@dataclass(frozen=True)
class CorpusAnalysis:
    articles: tuple[ArticleAnalysis, ...]
    outlets: tuple[OutletReport, ...]
    comparisons: tuple[Comparison, ...] = ()
    fact_statuses: tuple[FactStatus, ...] = ()
    stories: dict[str, tuple[str, ...]] = field(default_factory=dict)

    # Lookups built once per (immutable) analysis: views look articles and fact
    # statuses up per evidence sentence, and a scan per lookup is quadratic on
    # a corpus of thousands.  Not fields: equality and serialisation ignore them.
    @cached_property
    def by_id(self) -> dict[str, ArticleAnalysis]:
        return {a.article.id: a for a in self.articles}

    @cached_property
    def statuses_by_article(self) -> dict[str, dict[int, str]]:
        out: dict[str, dict[int, str]] = {}
        for s in self.fact_statuses:
            out.setdefault(s.article_id, {})[s.fact_index] = s.status
        return out


@dataclass(frozen=True)
class ArticleConsistency:
    """How one article's checkable facts fare against other outlets in its story."""

    article_id: str
    outlet: str
    story: str
    score: float | None  # 0-100, None when nothing could be compared
    interval: Interval | None
    agree: int  # subjects where another outlet independently reports the same value
    conflict: int  # subjects where another outlet reports a different value
    single_source: int  # checkable subjects nobody else (independently) reports
    agree_subjects: tuple[str, ...] = ()
    conflict_subjects: tuple[str, ...] = ()
