"""Command line: ``python -m analysis analyze CORPUS [--json OUT]`` and ``python -m analysis evaluate``."""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from analysis.io.corpus import CorpusError
from analysis.io.readers import load_corpus
from analysis.lexicon import DATA_DIR
from analysis.pipeline import analyze_corpus
from analysis.records import CorpusAnalysis
from analysis.io.serialize import corpus_to_dict

if TYPE_CHECKING:  # annotations only: batch (pyarrow, process pools) is imported when a batch run needs it
    from analysis.io.readers import Skipped


def write_atomic(path: Path, data: str) -> None:
    """Write via a temp file + rename so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _fmt(x: float | None, pct: bool = False) -> str:
    if x is None:
        return "-"
    return f"{100 * x:.0f}%" if pct else f"{x:.1f}"


def format_table(result: CorpusAnalysis) -> str:
    head = f"{'outlet':<38} {'arts':>4} {'attr':>4} {'srcs':>4} {'named':>6} {'anon':>6} {'vague':>6} {'anon/1k':>7} {'sourcing':>16} {'consistency':>16}"
    lines = [head, "-" * len(head)]
    for o in result.outlets:
        s = o.sourcing
        src = "-" if s.score is None or s.interval is None else f"{s.score:.0f} [{s.interval.low:.0f}-{s.interval.high:.0f}]"
        c = o.consistency
        con = "-" if c is None or c.score is None or c.interval is None else \
            f"{c.score:.0f} [{c.interval.low:.0f}-{c.interval.high:.0f}]"
        lines.append(
            f"{o.outlet[:38]:<38} {len(s.article_ids):>4} {s.attributions:>4} {s.distinct_sources:>4} "
            f"{_fmt(s.named_share, True):>6} {_fmt(s.anonymous_share, True):>6} {_fmt(s.vague_share, True):>6} "
            f"{s.anonymous_per_1000_words:>7.2f} {src:>16} {con:>16}"
        )
    lines.append("")
    lines.append(f"{len(result.articles)} articles, {len(result.stories)} stories, {len(result.comparisons)} fact comparisons "
                 f"({sum(c.status == 'conflict' for c in result.comparisons)} conflicts)")
    return "\n".join(lines)


def _positive_int(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got '{text}'") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def _uses_batch(args: argparse.Namespace) -> bool:
    return bool(args.parquet or args.cache or args.workers)


# Exit statuses: 0 every article analysed; 2 nothing analysed (the message
# says why); 3 the run completed, but some records were skipped.
EXIT_SKIPPED = 3
_SHOW_SKIPPED = 10


def report_skipped(skipped: Sequence["Skipped"], outdir: str | None) -> int:
    """Print the skipped records on stderr; the exit status for the run."""
    if not skipped:
        return 0
    where = f"; all are listed in {Path(outdir) / 'errors.parquet'}" if outdir else ""
    print(f"completed with {len(skipped)} skipped (could not be analysed){where}:", file=sys.stderr)
    for s in skipped[:_SHOW_SKIPPED]:
        print(f"  skipped {s.id or '(no id)'}: {s.reason}", file=sys.stderr)
    if len(skipped) > _SHOW_SKIPPED:
        print(f"  ... and {len(skipped) - _SHOW_SKIPPED} more", file=sys.stderr)
    return EXIT_SKIPPED


def default_workers() -> int:
    """Every core this process may use (the per-article step is CPU-bound and embarrassingly parallel)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _run_batch(args: argparse.Namespace) -> tuple[CorpusAnalysis, int]:
    from analysis.io.readers import count_records
    from analysis.io.batch import run_batch

    if not _uses_batch(args):
        # small corpora: in this process, raw texts kept for --json; bad
        # records are skipped the same way as in batch mode
        result, stats = run_batch(args.corpus, None, workers=1, progress=False, keep_raw=True)
        return result, report_skipped(stats.skipped, None)
    # With --parquet, the cache lives beside the results by default, so a
    # re-run over the same corpus skips every unchanged article.
    cache = args.cache or (str(Path(args.parquet) / "cache") if args.parquet else None)
    workers = args.workers
    if workers is None:
        n = count_records(args.corpus)
        # one chunk or less: a worker pool would cost more than it saves
        workers = 1 if n is not None and n <= args.chunk_size else default_workers()
    result, stats = run_batch(
        args.corpus, args.parquet, workers=workers, cache_dir=cache,
        chunk_size=args.chunk_size, progress=not args.no_progress,
    )
    print(stats.summary(), file=sys.stderr)
    if args.parquet:
        print(f"wrote {args.parquet}: {len(result.articles)} articles, {len(result.outlets)} outlets (Parquet)", file=sys.stderr)
    return result, report_skipped(stats.skipped, args.parquet)


def cmd_analyze(args: argparse.Namespace) -> int:
    result, status = _run_batch(args)
    if args.json:
        payload = json.dumps(corpus_to_dict(result), ensure_ascii=False, indent=1)
        if args.json == "-":
            sys.stdout.write(payload + "\n")
        else:
            write_atomic(Path(args.json), payload)
            print(f"wrote {args.json}: {len(result.articles)} articles, {len(result.outlets)} outlets", file=sys.stderr)
    else:
        print(format_table(result))
    return status


def cmd_evaluate(args: argparse.Namespace) -> int:
    from analysis.evaluation.attributions import evaluate_attributions, format_attribution_report

    gold = Path(args.gold)
    print(format_attribution_report(evaluate_attributions(gold / "attributions")))
    try:
        from analysis.evaluation.fact_pairs import evaluate_conflicts, format_fact_report
    except ImportError:
        return 0
    result = analyze_corpus(load_corpus(args.corpus))
    print()
    print(format_fact_report(evaluate_conflicts(gold / "fact_pairs.json", result)))
    from analysis.evaluation.stories import DEFAULT_CORPUS, evaluate_all, format_story_reports, group_corpus

    stories_corpus = Path(args.stories_corpus) if args.stories_corpus else DEFAULT_CORPUS
    print()
    if not stories_corpus.is_file():
        print(f"story gold sets (data/gold/stories): skipped, corpus not found at {stories_corpus}")
        return 0
    story_of = group_corpus(stories_corpus) if args.grouping else None
    print("story gold sets (real multi-outlet stories; alignment on the gold members"
          + ("; grouping over the whole corpus)" if args.grouping else "; --grouping adds story grouping)"))
    print(format_story_reports(evaluate_all(stories_corpus, story_of=story_of, why=args.why), errors=args.errors,
                               blind=args.blind, why=args.why))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m analysis", description="Isnad: sourcing and fact-consistency analysis.")
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser(
        "analyze", help="analyse a corpus (folder with manifest.csv, folder of .txt, or .jsonl[.gz])",
        epilog="Records that cannot be analysed are skipped and reported (with --parquet, in OUTDIR/errors.parquet). "
               "Exit status: 0 all analysed, 3 completed with some records skipped, 2 nothing analysed.")
    a.add_argument("corpus", help="corpus folder or .jsonl / .jsonl.gz file")
    a.add_argument("--json", metavar="OUT", help="write the full analysis as JSON ('-' for stdout)")
    b = a.add_argument_group("batch mode (big corpora: streamed, cached, parallel)")
    b.add_argument("--parquet", metavar="OUTDIR", help="write results as Parquet files into OUTDIR (load with analysis.io.results.load_results)")
    b.add_argument("--workers", type=_positive_int, metavar="N", help="worker processes for the per-article step (default: every core)")
    b.add_argument("--cache", metavar="DIR", help="per-article result cache (default OUTDIR/cache with --parquet)")
    b.add_argument("--chunk-size", type=_positive_int, default=32, metavar="N", help="articles per work unit (default 32)")
    b.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    a.set_defaults(func=cmd_analyze)
    e = sub.add_parser("evaluate", help="precision/recall against the hand-labelled gold set")
    e.add_argument("--gold", default=str(DATA_DIR / "gold"))
    e.add_argument("--corpus", default=str(DATA_DIR / "corpus"))
    e.add_argument("--stories-corpus", metavar="JSONL", help="corpus the story gold sets label "
                   "(default ../shared/corpora/saudinewsnet-2015-07/articles.jsonl.gz)")
    e.add_argument("--grouping", action="store_true", help="also group the whole stories corpus and score grouping (~1 min)")
    e.add_argument("--errors", type=int, default=0, metavar="N", help="list N false conflicts per development set")
    e.add_argument("--why", action="store_true", help="list each development set's missed key disagreements, "
                   "with where the chain from text to conflict broke (blind sets: figures only)")
    e.add_argument("--blind", action=argparse.BooleanOptionalAction, default=True,
                   help="show the blind story sets (default); --no-blind while developing rules")
    e.set_defaults(func=cmd_evaluate)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}", file=sys.stderr)
        return 2
