"""Story gold sets: the evaluator itself (synthetic gold, always run) and accuracy floors on
the real SaudiNewsNet stories (skipped when that corpus is not on the machine)."""
from __future__ import annotations

import hashlib
import json

import pytest

from analysis.evaluation.stories import (
    DEFAULT_CORPUS, SystemPair, evaluate_all, evaluate_story, gold_files, map_span, same_value,
)

RAW = {"a1": "xx قتل 30 شخصا yy", "a2": "zz قتل 32 شخصا ww", "a3": "قتل 30 شخصا"}
CLEAN = dict(RAW)


def side(article, value):
    i = RAW[article].index(value)
    return {"article": article, "start": i, "end": i + len(value), "value": value}


GOLD = {
    "name": "toy", "members": ["a1", "a2", "a3"], "related": [],
    "quantities": [{"id": "killed", "mentions": [side("a1", "30"), side("a2", "32"), side("a3", "30")]}],
    "conflicts": [{"quantity": "killed", "a": side("a1", "30"), "b": side("a2", "32")}],
    "updates": [],
    "must_not_conflict": [{"a": side("a1", "30"), "b": side("a3", "30")}],
    "outlet_judgement": {"A": "consistent", "B": "inconsistent", "C": "too_little"},
}


def item(article, value):
    s = side(article, value)
    return (article, s["start"], s["end"])


def test_a_true_conflict_counts_and_a_false_one_does_not():
    pairs = [SystemPair(item("a1", "30"), item("a2", "32")), SystemPair(item("a1", "30"), item("a3", "30"))]
    r = evaluate_story(GOLD, RAW, CLEAN, pairs, [], {"A": 90.0, "B": 20.0, "C": None}, None)
    assert (r.conflict_pairs, r.conflict_pairs_correct) == (2, 1)
    assert (r.gold_conflicts, r.gold_conflicts_found) == (1, 1)
    assert r.must_not_violated == 1 and r.outlets_agreeing == 3 and r.precision == 0.5


def test_grouping_coverage_and_unrelated_share():
    story_of = {"a1": "s", "a2": "s", "a3": "t", "x": "s"}
    r = evaluate_story(GOLD, RAW, CLEAN, [], [], {}, story_of)
    assert r.grouping_coverage == pytest.approx(2 / 3) and r.grouping_unrelated == pytest.approx(1 / 3)


def test_spans_follow_cleaning_and_values_match_as_ranges():
    assert map_span("  a\n\nb 30 c", 6, 8, "a\n\nb 30 c") == (4, 6)
    assert map_span("gone 30", 5, 7, "other") is None
    assert same_value(">=30", "32") and same_value("~100", "104") and not same_value("27", "32")


def test_scores_are_the_same_from_the_per_article_cache(tmp_path):
    """evaluate_all(cache_dir=...) (the Methodology page's way) reads and fills the per-article
    cache and scores exactly as the uncached run; a member that cannot be read is left out both ways."""
    outlets = {"a1": "A", "a2": "B", "a3": "C"}
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": k, "outlet": outlets[k], "published": "2015-07-21", "text": v},
                                         ensure_ascii=False) + "\n" for k, v in RAW.items())
                      + json.dumps({"id": "a4", "outlet": "D", "text": 5}) + "\n", encoding="utf-8")
    gold_root = tmp_path / "gold"
    gold_root.mkdir()
    (gold_root / "toy.json").write_text(json.dumps({**GOLD, "members": [*GOLD["members"], "a4"]}), encoding="utf-8")
    plain = evaluate_all(corpus, gold_root)
    assert [r.name for r in plain] == ["toy"]
    cold = evaluate_all(corpus, gold_root, cache_dir=tmp_path / "cache")
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 3  # the three readable members
    assert cold == plain and evaluate_all(corpus, gold_root, cache_dir=tmp_path / "cache") == plain


def test_gold_files_hold_offsets_not_article_text():
    for path in gold_files():
        text = path.read_text(encoding="utf-8")
        assert '"anchor"' not in text and '"text"' not in text
        gold = json.loads(text)
        assert len(gold["must_not_conflict"]) >= 50 and gold["members"]


# --------------------------------------------------------------------------- real stories

_corpus_missing = pytest.mark.skipif(not DEFAULT_CORPUS.is_file(), reason=f"story corpus not found at {DEFAULT_CORPUS}")


def needs_corpus(test):
    """Skipped without the real corpus; ``slow`` too: reading it and scoring the story sets takes ~4 s."""
    return pytest.mark.slow(_corpus_missing(test))

# Floors a regression must not cross (figures of 2026-12-03; README, Accuracy). Precision is what a
# room is shown, so its floor is the tight one.
FLOORS = {
    # sixty-ninth helper: P 6/6, R 2/3 (the nationalities among the 431 arrested, 9 against 8: fixed_counts, and two
    # lone counts printed beside one figure of their statement)
    "arrests431": {"precision": 0.9, "recall": 0.66, "outlets": 9, "must_not": 0},
    "suruc": {"precision": 0.8, "recall": 0.15, "outlets": 9, "must_not": 0},
    # fifty-second helper (2026-12-05): P 10/10, R 4/11 (13.5 against "نحو 13.2" billion for 2023)
    # sixty-ninth helper: P 17/17, R 5/11 (dry digging 35 against 37 km: the two parts' figures swapped)
    "suez": {"precision": 0.8, "recall": 0.45, "outlets": 5, "must_not": 0},
    # khurais: labelled in the third session; its blind first run (3c795da) was P 2/9, R 1/10; 2026-12-04
    # (eighth session): P 33/33, R 6/10 (the sub-count, spanning-qualifier rules)
    # sixteenth session (2026-12-05): P 37/39, R 7/10, outlets 7/9 (the 130 km / 120 km distance); fifty-seventh
    # helper (twentieth session): P 41/43, R 8/10 (the bus's 55 against 50 pilgrims, "حافلة تقل": governed alike)
    # eighty-seventh helper: P 47/49, R 9/10 (the bus's 55 pilgrims against 51 riders: its passengers, one quantity)
    "khurais": {"precision": 0.9, "recall": 0.9, "outlets": 6, "must_not": 0},
    # warraq and sabic, developed on: 2026-12-04 (eighth session) P 7/7 R 1/16 and P 1/1 R 1/6
    # fifty-first helper (2026-12-05): P 31/31, R 7/16 (north against south of Cairo)
    # fifty-second helper: P 33/33, R 8/16 (11 against 15 bodies recovered the Friday morning)
    # sixty-ninth helper: P 41/41, R 9/16 (13 against 15 new bodies, each taking the toll to 31)
    "warraq": {"precision": 0.9, "recall": 0.62, "outlets": 8, "must_not": 0},
    # mh370: a development set from the sixteenth session; fifty-first helper: P 13/13 (Asharq al-Awsat's Pacific
    # against the Indian Ocean), R 1/6, outlets 2/9
    # sixty-third helper: outlets 2/9 -> 1/9, a true agreement (Asharq al-Awsat's "حطت صباح اليوم" and Al-Jazirah's
    # "حطت صباح امس السبت" for the debris plane at Orly) lifts Asharq al-Awsat's score from 90 to 91, past the top
    # of the "mixed" band (30-90) the gold calls it
    # ninety-third helper: P 50/51, R 3/6, outlets 7/9 (the Reuters copy's "في مايو أيار اختفت" against 8 March 2014:
    # the date a plane vanished, facts.json event_dates)
    "mh370": {"precision": 0.9, "recall": 0.5, "outlets": 7, "must_not": 0},
    # fiftieth helper (2026-12-05): P 6/6, R 2/6, outlets 5/8 (Al-Riyadh's EPS 3.73 against three outlets' 3.37)
    "sabic": {"precision": 0.9, "recall": 0.33, "outlets": 5, "must_not": 0},
    # ariha: blind from its first run (db0c57a: no conflict, 0/9) to the ninth session's end; developed on in
    # the tenth: P 3/3, R 2/9. Fifty-eighth helper (2026-12-05): P 7/7, R 6/9 (Asharq al-Awsat's 25 of 4 August
    # against its own 31 of 3 August: an outlet set against what it printed another day, in a story named as one);
    # P 10/10, R 8/9 (its 18 dead "by yesterday evening" of 4 August against the 31 and "at least 27" of 3 August)
    # sixty-ninth helper: P 12/12, R 9/9 (the 18 "by yesterday evening" against Al-Watan's "at least 31" of the same
    # 4 August papers, no day of its own: what the papers knew when they closed)
    "ariha": {"precision": 0.9, "recall": 1.0, "outlets": 1, "must_not": 0},
    # mers: blind first run (5b1aabf: no conflict, 0/10, outlets 1/7); developed on in the eleventh session:
    # P 2/4, R 2/10, outlets 5/7. The two unlabelled pairs set Okaz's 1,075 cases of 1 August (a digit swap
    # of 1,057, labelled against Sabq's 1,057 of the day before, which the code reads as a rise) against the
    # 1,059 two other outlets gave on 3 August: a running total cannot fall, so the same wrong figure is caught
    # against a later total the gold does not pair it with. Forty-ninth helper: P 5/7 (the cases under
    # treatment "حاليا" no longer a total since June). Fifty-second helper: P 6/8, R 3/10 (7 against 6 under
    # treatment: a register's tallies in a story naming no event day). Sixty-ninth helper: P 7/9, R 4/10 (the 1,075
    # against the 1,057 of the day before: a register's total above later statements' is no rise). Ninety-seventh
    # helper: P 9/11, R 5/10 (Al-Eqtisadiya's 1,045 cases against 1,054: the 61 contacts of its bulletin, read as
    # cases too, no longer make it ambiguous on the total: AMBIGUITY_GAP); P 10/12, R 6/10 (Al-Weeam's 1,051 against
    # Al-Riyadh's 1,053 of 24 July: a register's totals of one day, each printed on it, a hair apart)
    "mers": {"precision": 0.7, "recall": 0.6, "outlets": 5, "must_not": 0},
    # fetfatzidis and mobily, nineteenth session (2026-12-05): the length of a contract or a suspension
    # (scope.json, governed_durations): P 10/10 R 3/7 and P 5/5 R 3/9, outlets 1/10 and 5/9; fetfatzidis P 15/15,
    # outlets 3/10 with a player's move ("والمنتقل حديثاً لصفوف الأهلي مدة ثلاث سنوات") read as his contract.
    # Seventy-third helper: P 20/20, R 4/7 (a match's score as one claim of the match: 4-2 against 4-3)
    "fetfatzidis": {"precision": 0.9, "recall": 0.57, "outlets": 3, "must_not": 0},
    # mobily, fifty-seventh helper (twentieth session): P 6/6, R 4/9 (the Q2 net loss 900.1 against 900.9 million).
    # Ninety-seventh helper: P 7/7, R 5/9 (the Q3 2014 profit as first published, 742 against the statement's 472
    # million: two neighbouring digits swapped, ``_transposed``)
    "mobily": {"precision": 0.9, "recall": 0.55, "outlets": 5, "must_not": 0},
    # specialolympics, seventy-third helper: P 6/6, R 2/9, outlets 2/9 (Al-Riyadh's 165 countries taking part
    # against the 177 of every other report: scope.json taking_part). Ninety-seventh helper: P 17/17, R 5/9 (700
    # athletes against "more than 7000", each "from 177 countries": a zero lost beside the same companion figure)
    "specialolympics": {"precision": 0.9, "recall": 0.55, "outlets": 2, "must_not": 0},
    # chofu: a development set from the twentieth session; sixty-third helper: P 6/6, R 1/2, outlets 5/7 (Ain
    # Alyoum's "أمس السبت" against three outlets' Sunday for the crash: the event's day, event_day:crash)
    "chofu": {"precision": 0.9, "recall": 0.5, "outlets": 5, "must_not": 0},
    # misyal, sixty-third helper: P 8/8, R 1/3, outlets 5/10 (Al-Yaum's airlift report reprinted on 2 August with
    # "هبطت ... يوم أمس" unchanged: the landing's day, event_day:landing)
    "misyal": {"precision": 0.9, "recall": 0.33, "outlets": 5, "must_not": 0},
    # municipalpolls: blind first run (5c5780b: no conflict, 0/2, outlets 2/8), a development set since; sixty-ninth
    # helper: P 2/2, R 1/2 (Okaz's 285 municipal councils against the committee's 284 a day earlier: a count of
    # standing bodies is no running count, scope.json fixed_counts)
    "municipalpolls": {"precision": 0.9, "recall": 0.5, "outlets": 2, "must_not": 0},
    # telecomreport and makkahhealth, development sets from the twenty-first session; seventy-first helper:
    # telecomreport P 14/14, R 2/2, outlets 8/8 (the report's 3% fall of the revenues against Okaz's 4.4% and "more
    # than 4.2%": the rate of a named measure's change); makkahhealth P 30/30, R 7/7, outlets 8/9 (31 billion against
    # 310 million for one hospital; two hospitals' stages: facts.json project_stage)
    "telecomreport": {"precision": 0.9, "recall": 1.0, "outlets": 7, "must_not": 0},
    "makkahhealth": {"precision": 0.9, "recall": 1.0, "outlets": 7, "must_not": 0},
    # consumerloans: blind first run (no conflict, 0/1, outlets 9/9), a development set from the eighteenth session;
    # twenty-second session: P 2/2, R 1/1 (Al-Madina's 3.31% against two outlets' 31.3% in one sentence of SAMA's
    # report, word for word: copies of one text that differ in a figure, facts.variants)
    "consumerloans": {"precision": 0.9, "recall": 1.0, "outlets": 9, "must_not": 0},
    # akhisar: blind first run (no conflict, 0/6, outlets 0/9), a development set since; seventy-ninth helper: P 11/11,
    # R 4/6 (Okaz's opening goal in the 26th minute against four outlets' 29th: facts.json goal_minute, keyed by
    # the scorer; the Al-Ain friendly on 5 August, 29 July and 2 August: facts.json fixture_day, keyed by the
    # opponent); outlets 2/9
    "akhisar": {"precision": 0.9, "recall": 0.66, "outlets": 2, "must_not": 0},
    # tasi0723: blind first run (no conflict, 0/6, outlets 4/9), a development set since; seventy-ninth helper: P 6/8,
    # R 1/6, outlets 6/9 (Ain Alyoum's SPA reprint of 24 July with its "today" against the session of Thursday 23 July:
    # facts.json session_day, keyed by the close's level). The two pairs counted false are the same reprint against
    # Asharq Al-Awsat's Saudi paragraph ("جلسة يوم أمس", its labelled mention is the region's opening sentence) and
    # against Al-Eqtisadiya's weekly review ("جلسة أمس الأول ... ليغلق عند 9372"): real, unlabelled.  Ninety-sixth
    # helper: P 13/15, R 2/6 (the sector second among the risers after insurance at 1.63%: Al-Eqtisadiya's hotels and
    # tourism against the SPA's and Asharq Al-Awsat's multi-investment, facts.json sector_rank), outlets 5/9: Ain
    # Alyoum ("mixed") backs the SPA's multi-investment in its reprint, one more corroborated fact, 90 -> 91
    "tasi0723": {"precision": 0.85, "recall": 0.33, "outlets": 5, "must_not": 0},
    # tripolitrial: blind through the twenty-second session (no conflict, 0/5, outlets 0/6), a development set since;
    # ninety-second helper: P 1/1, R 1/5 (Asharq Al-Awsat's five sentenced to life against the prosecutor's eight in
    # Al-Eqtisadiya's Reuters copy: a verdict's counts by sentence, scope.json verdict_measures)
    "tripolitrial": {"precision": 0.9, "recall": 0.2, "outlets": 0, "must_not": 0},
    # oil0803: blind first run and through the twenty-third session (no conflict, 0/6), a development set since;
    # hundred-and-sixth helper: P 1/1, R 1/6 (Al-Yaum's next-day reprint of the early Reuters copy, its hour
    # dropped: Brent at 51.77 "yesterday" against Okaz's 50.50 of the same yesterday: scope.json priced_metrics,
    # closed_session), outlets 4/7
    "oil0803": {"precision": 0.9, "recall": 0.16, "outlets": 4, "must_not": 0},
    # wadifloods: blind first run and through the twenty-third session (no conflict, 0/4), a development set since;
    # hundred-and-sixteenth helper: P 2/2, R 1/4 (the Asir spokesman's "no harm" of the rains against the two swept
    # away in Wadi Atud the same day: scope.json no_casualties harm, single_persons dual_objects), outlets 3/8
    "wadifloods": {"precision": 0.9, "recall": 0.25, "outlets": 3, "must_not": 0},
}


@pytest.fixture(scope="module")
def reports():
    from analysis.io.cache import default_cache_dir

    # the session's per-article cache (tests/conftest.py: a temporary folder shared by the xdist
    # workers and the servers they start), as the Methodology page reads it: the ~420 members
    # are analysed once per test run, not once here and again for every page that scores the sets
    return {r.name: r for r in evaluate_all(cache_dir=default_cache_dir())}


@needs_corpus
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_story_floors(reports, name):
    r, floor = reports[name], FLOORS[name]
    assert r.unmapped_mentions == 0
    assert r.precision is not None and r.precision >= floor["precision"], r.false_conflicts
    assert r.recall is not None and r.recall >= floor["recall"]
    assert r.outlets_agreeing >= floor["outlets"]
    assert r.must_not_violated <= floor["must_not"]


@needs_corpus
def test_blind_sets_have_no_false_conflict_flood(reports):
    # the blind sets are not developed on: only a guard against the old "everyone contradicts everyone"
    for name, r in reports.items():
        if r.blind:
            assert r.conflict_pairs <= 10 * max(1, r.gold_conflicts), name


def test_gold_sets_are_frozen():
    # a gold set is edited only on purpose: a new label is a new file (or a reviewed hash change)
    digests = {p.stem: hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in gold_files()}
    assert digests == FROZEN


FROZEN = {'mh370': '21ccfe311f3d4382', 'arrests431': '6f3b85e4dc25f5ed', 'bonds': '90d33ab399b3acf0', 'duma': '1da3c87b9249287e', 'sitra': 'a828f610aefc3822', 'suez': '13f4e824a65028be', 'suruc': 'be20eca2e63132ce', 'khurais': 'cd4cdec94cae1082',
          # labelled in the third session; blind through the seventeenth session's end (every blind run in
          # story_runs.json), a development set from the eighteenth (2026-12-05; the "blind" flag only)
          'expropriation': 'ed6983404fb8222c',
          # labelled in the fourth session (2026-12-03), blind at their first run; development sets
          # since (warraq from the fourth session, sabic from the fifth: only the "blind" flag changed)
          'warraq': '97c1b0924227591d', 'sabic': '90fa96c90a2e19a8',
          # labelled in the fifth session (2026-12-03); blind first run at db0c57a (story_runs.json), blind
          # through the ninth session's end; development sets from the tenth (only the "blind" flag changed)
          'ariha': 'f77a31009cd5839d', 'mobily': 'b9bc2b77507024f5',
          # labelled in the sixth session (2026-12-03); blind first run in story_runs.json; blind through the
          # seventeenth session's end, a development set from the eighteenth (2026-12-05; the flag only)
          'smuggling': '94a30393da42e369',
          # labelled in the tenth session (2026-12-04); blind first run in story_runs.json; blind through the
          # seventeenth session's end, a development set from the eighteenth (2026-12-05; the flag only)
          'consumerloans': '0add00ac5cf21f99',
          # labelled in the eleventh session (2026-12-04); blind first run in story_runs.json
          # ("blind_first_run_eleventh_session"), a development set from that session on (the flag only)
          'mers': 'c260f4690bfac997',
          # labelled in the eleventh session (2026-12-04), after its fact work; blind first run in story_runs.json;
          # a development set from the sixteenth session (2026-12-05), as mh370 (the "blind" flag only)
          'fetfatzidis': '805da006d289bfb7',
          # labelled in the twelfth session (2026-12-04) by the twenty-first helper; blind first run in
          # story_runs.json ("blind_first_run_twelfth_session"), a development set right after it (the flag only)
          'specialolympics': 'ab3eb15e0bda41cf',
          # labelled in the twelfth session (2026-12-04) by the twenty-second helper; blind first run at 17f5562
          # (story_runs.json "blind_first_run_end_of_twelfth_session"), a development set right after it (the flag only)
          'adenairlift': '781387c445868690',
          # labelled in the twelfth session (2026-12-04) by the twenty-third helper; blind first run at 5c5780b
          # (story_runs.json "blind_first_run_after_twelfth_session"); blind through the seventeenth session's
          # end, a development set from the eighteenth (2026-12-05; the flag only)
          'municipalpolls': '0d5554b4a51b4539',
          # labelled in the thirteenth session (2026-12-04) by the twenty-fourth helper; blind first run in
          # story_runs.json ("blind_first_run_thirteenth_session"), blind through the twenty-second session's end;
          # a development set from the twenty-third (2026-12-05; the "blind" flag only)
          'municipalprojects': 'a4b026afcd688a2e',
          # labelled in the sixteenth to eighteenth sessions (2026-12-05) by the thirty-third, thirty-seventh and
          # thirty-ninth helpers; blind first runs and every later blind run in story_runs.json, blind through the
          # nineteenth session's end; development sets from the twentieth (2026-12-05; the "blind" flag only)
          'yemenicorrection': '580075b5919b2a46',
          'kepler452b': 'd0d1f1ac1c2c6056',
          'chofu': '5cffee5fe8654143',
          # labelled in the eighteenth session (2026-12-05) by the forty-second helper; blind first run in
          # story_runs.json ("blind_first_run_eighteenth_session_second"), a development set right after it (the flag only)
          'misyal': '70e2dd189b1660f1',
          # labelled in the eighteenth and nineteenth sessions (2026-12-05) by the forty-first and forty-seventh
          # helpers; blind first runs and every later blind run in story_runs.json, blind through the twenty-first
          # session's first runs; development sets from then on (the "blind" flag only)
          'telecomreport': '462672dd2d6591ba',
          'makkahhealth': '79f0b9a225f479c1',
          # labelled in the twentieth session (2026-12-05) by the fifty-fourth helper; blind first run and every
          # later blind run in story_runs.json, blind through the twenty-first session's end; a development set
          # from the twenty-second (2026-12-05; the "blind" flag only)
          'akhisar': '5685a821a7ce738d',
          # labelled in the twenty-first session (2026-12-05) by the sixty-sixth helper; blind first run at 464c5c3,
          # story_runs.json ("blind_first_run_twenty_first_session"), blind through the twenty-second session's end;
          # a development set from the twenty-third (2026-12-05; the "blind" flag only)
          'tripolitrial': '5945dc864de5188d',
          # labelled in the twenty-first session (2026-12-05) by the sixty-seventh helper; blind first run at 464c5c3,
          # story_runs.json ("blind_first_run_twenty_first_session"), blind through the twenty-first session's end;
          # a development set from the twenty-second (2026-12-05; the "blind" flag only)
          'tasi0723': '3a5cc44b48e37dcc',
          # labelled in the twenty-second session (2026-12-05) by the seventy-seventh helper; blind, not yet run
          'sabyafire': 'a7718e414c013ae4',
          # labelled in the twenty-second session (2026-12-05) by the seventy-eighth helper; blind, not yet run
          'umrahseason': '4379d58efd8fbda4',
          # labelled in the twenty-third session (2026-12-05) by the ninetieth helper; blind first run at 3a9491d
          # (story_runs.json "blind_first_run_twenty_third_session"), blind through the twenty-third session's end;
          # a development set from the twenty-fourth (2026-12-05; the "blind" flag only)
          'wadifloods': '6b3ff728deafbb17',
          # labelled in the twenty-third session (2026-12-05) by the ninety-first helper; blind first run at 3a9491d,
          # blind through the twenty-third session's end; a development set from the twenty-fourth (the flag only)
          'oil0803': 'c430875eabc94e89',
          # labelled in the twenty-fourth session (2026-12-05) by the hundred-and-fourth helper; blind first run at 34cbbf7
          # (story_runs.json "blind_first_run_twenty_fourth_session")
          'jazancamel': '906ef8587fab9490',
          # labelled in the twenty-fourth session (2026-12-05) by the hundred-and-fifth helper; blind first run at 34cbbf7
          # (story_runs.json "blind_first_run_twenty_fourth_session")
          'gold0720': 'de398f65430bc06c',
          # labelled in the twenty-fourth session (2026-12-05) by the hundred-and-eleventh helper; blind first run at 34cbbf7
          # (story_runs.json "blind_first_run_twenty_fourth_session_second")
          'kuwaitcell': 'b84ce0a4505ff0f8',
          # labelled in the twenty-fourth session (2026-12-05) by the hundred-and-fifteenth helper; blind first run at 34cbbf7
          # (story_runs.json "blind_first_run_twenty_fourth_session_third")
          'anadbase': 'a380d3cc24faf772'}


def test_why_lists_each_missed_key_disagreement_with_where_it_broke(tmp_path):
    """--why: a found disagreement is not listed; a missed one says where the chain broke; a blind
    set's misses are never listed (figures only)."""
    from analysis.evaluation.stories import format_story_reports

    outlets = {"a1": "A", "a2": "B", "a3": "C"}
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": k, "outlet": outlets[k], "published": "2015-07-21", "text": v},
                                         ensure_ascii=False) + "\n" for k, v in RAW.items()), encoding="utf-8")
    place = {"quantity": "place", "a": side("a1", "xx"), "b": side("a2", "zz")}
    gold_root = tmp_path / "gold"
    gold_root.mkdir()
    (gold_root / "toy.json").write_text(json.dumps({**GOLD, "conflicts": [*GOLD["conflicts"], place]}), encoding="utf-8")
    (gold_root / "shut.json").write_text(json.dumps({**GOLD, "blind": True, "conflicts": [*GOLD["conflicts"], place]}),
                                         encoding="utf-8")
    reports = {r.name: r for r in evaluate_all(corpus, gold_root, why=True)}
    toy, shut = reports["toy"], reports["shut"]
    assert toy.found == (("killed", "30", "32"),)
    assert toy.misses == ("place xx vs zz -- not read as a fact",)
    assert shut.misses == () and shut.gold_conflicts_found == 1
    text = format_story_reports(list(reports.values()), why=True)
    assert "missed: place xx vs zz -- not read as a fact" in text and text.count("missed: ") == 1
    assert "by where the chain broke: not read as a fact 1" in text
    assert evaluate_all(corpus, gold_root)[1].misses == ()  # only when asked


def test_a_pair_credits_the_labelled_disagreement_with_its_own_values_first():
    # 30 vs 32 also satisfies ">=12 vs 32"; it shows "30 vs 32", whatever the order of the labels
    loose = {"quantity": "killed", "a": {**side("a1", "30"), "value": ">=12"}, "b": side("a2", "32")}
    for conflicts in ([GOLD["conflicts"][0], loose], [loose, GOLD["conflicts"][0]]):
        r = evaluate_story({**GOLD, "conflicts": conflicts}, RAW, CLEAN,
                           [SystemPair(item("a1", "30"), item("a2", "32"))], [], {}, None)
        assert r.found == (("killed", "30", "32"),) and r.gold_conflicts == 2
