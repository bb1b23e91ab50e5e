"""Checkable facts in one article: numbers, dates/times, entities and claims.

``extract_facts`` runs the stages, each a module of this package: ``rules`` (the lexicons,
compiled), ``context`` (the article as the stages see it), ``counts`` (numbers with the noun they
count), ``scope`` (what a count measures, or why it is no fact of the story), ``date_facts`` and
``claims``.

Every fact carries its exact span in ``Article.text``, a canonical value and
a *subject* saying what the value is about ("drones_total",
"fatah_seats:2021", "qaani_arrival", "responsibility_claimed").  Alignment
only compares facts with the same subject, so the subject is where false
conflicts are avoided: 73 Sadrist seats and 16 Fatah seats get different
subjects, 48 Fatah seats in 2018 and 16 in 2021 too.

Matching runs on normalised text (``analysis.text.textnorm``) and spans are mapped
back to the original.  All words and patterns are data:
``data/lexicons/<lang>/{facts,counted_nouns,gazetteer,numbers,months,
weekdays,relative_time}.json``.

Counts (modules ``counts`` and ``scope``; words in ``scope.json``, nothing story-specific):

* what is measured: a casualty/arrest trigger next to the number ("مقتل 32
  شخصا", "32 شخصا لقوا حتفهم", "القبض على 431"), a counted noun of the
  lexicon (drones, seats...), or the counted noun itself keyed with the word
  that governs it ("n:مساجد:تفجير"); amounts keyed with what they measure
  ("amount:ريال:سند");
* of whom: a non-generic noun after a casualty count ("مقتل 3 جنود"), a
  gazetteer party for seats, a singular role for ages ("bomber_age");
* narrowed how: qualifiers ("بجروح خطيرة" → serious), parts of a whole
  ("منهم", "بينهم", "N من الجرحى" → part; unclear parts are not compared);
* as of when: the day stated next to the figure, else the article's date;
  an update cue ("ارتفعت", "حصيلة جديدة") is kept on the fact;
* not a fact of the story, with the reason in ``Fact.note``: background near
  the figure (phrases, spans of years, a date weeks or years earlier, Hijri
  included), figures of speech and rates, durations, ages of an unclear
  person, a generic "one", counts of people with nothing saying what happened
  to them.

Dates/times: ``<person>_arrival`` when an arrival verb and a person share the
sentence; ``event_date`` near an event word; ``election_date`` near an
election word; times next to a reporting verb are when something was reported
and get no subject.  Entities: subject ``entity:<type>``, never aligned.
Claims: regular expressions from facts.json ("لم تعلن أي جهة مسؤوليتها"),
with the as-of day; "so far" denials are provisional (an update cue).
"""
from __future__ import annotations

from datetime import date

from analysis.facts.dates import find_dates
from analysis.facts.numbers import tokenize
from analysis.records import Fact, Sentence
from analysis.text.textnorm import Normalised, normalise
from analysis.facts.rules import fact_rules, find_entities, scope_rules
from analysis.facts.context import Context, make_fact
from analysis.facts.scope import number_facts
from analysis.facts.date_facts import find_date_facts, years_followed_by_noun
from analysis.facts.claims import (claim_facts, direction_facts, fixture_days, minute_facts, ocean_facts, rank_facts,
                                   score_facts, session_days, stage_facts)


def extract_facts(
    text: str, sentences: tuple[Sentence, ...], *, language: str = "ar", reference_date: date | None = None,
    norm: Normalised | None = None,
) -> tuple[Fact, ...]:
    """All facts in ``text`` (an Article.text), ordered by position.  ``norm``: ``normalise(text)``,
    when the caller already has it (the pipeline normalises once for attribution and facts)."""
    if not text:
        return ()
    if norm is None:
        norm = normalise(text)
    nt = norm.text
    tokens = tokenize(nt)
    ctx = Context(text, norm, nt, tokens, [], sentences, fact_rules(language), reference_date,
                  find_entities(nt, language), scope_rules(language))
    ctx.tok_sentence = ctx.token_sentences()
    dates = years_followed_by_noun(ctx, find_dates(nt, reference_date, language, tokens))
    ctx.dates = dates
    ctx._date_starts = [d.start for d in dates]  # dates are sorted by start: bisect per sentence
    numbers = number_facts(ctx, dates)
    date_facts = session_days(ctx, fixture_days(ctx, find_date_facts(ctx, dates)), numbers)
    entity_facts = [
        make_fact(ctx, em.start, em.end, "entity", em.entity.id, f"entity:{em.entity.type}") for em in ctx.entities
    ]
    facts = numbers + date_facts + entity_facts + claim_facts(ctx) + direction_facts(ctx) + ocean_facts(ctx) \
        + stage_facts(ctx) + score_facts(ctx) + minute_facts(ctx) + rank_facts(ctx)
    facts.sort(key=lambda f: (f.start, f.end, f.kind))
    return tuple(facts)
