"""Command line: the table and JSON keep working; batch options; exit codes."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.io.results import load_results
from analysis.cli import main
from analysis.io.readers import load_corpus
from analysis.lexicon import DATA_DIR
from analysis.pipeline import analyze_corpus
from analysis.io.serialize import corpus_to_dict

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = str(DATA_DIR / "corpus")


def run_cli(*args, timeout=180):
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def test_table(capsys):
    assert main(["analyze", BUNDLED]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("outlet")
    assert "5 articles" in out


def test_json_to_stdout_matches_the_library(capsys):
    assert main(["analyze", BUNDLED, "--json", "-"]) == 0
    payload = json.loads(capsys.readouterr().out)
    expected = json.loads(json.dumps(corpus_to_dict(analyze_corpus(load_corpus(BUNDLED))), ensure_ascii=False))
    assert payload == expected


def test_json_file(tmp_path, capsys):
    out = tmp_path / "o" / "r.json"
    assert main(["analyze", BUNDLED, "--json", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] >= 1
    assert "wrote" in capsys.readouterr().err


def test_batch_json_equals_plain_json(tmp_path, capsys):
    assert main(["analyze", BUNDLED, "--json", "-"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert main(["analyze", BUNDLED, "--parquet", str(tmp_path / "p"), "--workers", "2", "--no-progress", "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out) == plain


@pytest.mark.slow  # two CLI subprocesses, each importing the whole pipeline (~5 s)
def test_parquet_rerun_serves_unchanged_articles_from_cache(tmp_path):
    out = tmp_path / "res"
    first = run_cli("analyze", BUNDLED, "--parquet", str(out), "--no-progress")
    assert first.returncode == 0, first.stderr
    assert "5 analysed, 0 unchanged" in first.stderr
    assert "5 articles" in first.stdout  # the table still prints
    # Re-run: everything comes from the cache.  (Retried once: while the
    # analysis code is being edited, its version - and so every key - changes.)
    for _ in range(2):
        second = run_cli("analyze", BUNDLED, "--parquet", str(out), "--no-progress")
        if "0 analysed, 5 unchanged (from cache)" in second.stderr:
            break
    assert "0 analysed, 5 unchanged (from cache)" in second.stderr
    assert len(load_results(out).articles) == 5


def test_progress_bar_goes_to_stderr(tmp_path, capsys):
    assert main(["analyze", BUNDLED, "--parquet", str(tmp_path / "r")]) == 0
    captured = capsys.readouterr()
    assert "analysing" in captured.err and "analysing" not in captured.out


def test_explicit_cache_dir(tmp_path):
    assert main(["analyze", BUNDLED, "--cache", str(tmp_path / "c"), "--no-progress"]) == 0
    assert list((tmp_path / "c").rglob("*.json"))


@pytest.mark.parametrize("args", [["--workers", "0"], ["--workers", "x"], ["--chunk-size", "-1"]])
def test_bad_options_exit_2(args, capsys):
    with pytest.raises(SystemExit) as info:
        main(["analyze", BUNDLED, *args])
    assert info.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.slow  # a fresh interpreter importing the pipeline (scipy.stats alone ~1.3 s): ~2 s
def test_bad_corpus_path_exit_2_one_line():
    proc = run_cli("analyze", "/definitely/not/here")
    assert proc.returncode == 2
    assert proc.stderr.strip() == "error: Corpus not found: /definitely/not/here"
    assert proc.stdout == ""
