"""Library: SQLite store of uploaded articles (all-or-nothing, concurrent-safe)."""
import multiprocessing
import threading
from pathlib import Path

import pytest

from analysis.io.corpus import CorpusError, make_article
from analysis.io.library import Library, default_library_path


def art(i, outlet="o"):
    return make_article(id=f"a{i}", outlet=outlet, raw_text=f"قال مسؤول إن الخبر رقم {i} صحيح.", title=f"t{i}")


def test_round_trip_and_order(tmp_path):
    lib = Library(tmp_path / "lib.sqlite")
    assert lib.articles() == ()
    arts = [art(3), art(1), art(2)]
    lib.add(arts)
    assert lib.articles() == tuple(arts)  # insertion order, every field intact
    assert len(lib) == 3


def test_schema_is_created_once_and_data_persists(tmp_path):
    path = tmp_path / "sub" / "lib.sqlite"
    Library(path).add([art(1)])
    assert Library(path).articles() == (art(1),)


def test_version_changes_on_every_successful_write_only(tmp_path):
    lib = Library(tmp_path / "lib.sqlite")
    v0 = lib.version()
    lib.add([art(1)])
    v1 = lib.version()
    assert v1 != v0
    with pytest.raises(CorpusError):
        lib.add([art(1)])
    assert lib.version() == v1
    assert lib.delete("missing") is False
    assert lib.version() == v1
    assert lib.delete("a1") is True
    assert lib.version() not in (v0, v1)
    assert lib.articles() == ()


@pytest.mark.parametrize("batch,existing,reserved", [
    ([art(1), art(2)], [art(2)], ()),          # clashes with the DB
    ([art(1), art(1)], [], ()),                # duplicate inside the batch
    ([art(1), art(2)], [], ("a2",)),           # clashes with the bundled corpus
])
def test_duplicates_reject_the_whole_batch(tmp_path, batch, existing, reserved):
    lib = Library(tmp_path / "lib.sqlite", reserved_ids=reserved)
    lib.add(existing)
    before, v = lib.articles(), lib.version()
    with pytest.raises(CorpusError, match="nothing was added"):
        lib.add(batch)
    assert lib.articles() == before and lib.version() == v


def test_reserved_ids_can_be_passed_per_call(tmp_path):
    lib = Library(tmp_path / "lib.sqlite")
    with pytest.raises(CorpusError):
        lib.add([art(1)], reserved_ids={"a1"})
    assert lib.articles() == ()


def test_default_path_and_env_override(monkeypatch, tmp_path):
    monkeypatch.delenv("ISNAD_LIBRARY", raising=False)
    assert default_library_path().name == "library.sqlite"
    assert default_library_path().parent.name == "data"
    monkeypatch.setenv("ISNAD_LIBRARY", str(tmp_path / "x.sqlite"))
    assert default_library_path() == tmp_path / "x.sqlite"


def test_two_concurrent_uploaders_with_threads_lose_nothing(tmp_path):
    path = tmp_path / "lib.sqlite"
    Library(path)
    errors = []

    def upload(prefix):
        lib = Library(path)  # each session has its own handle
        try:
            for i in range(40):
                lib.add([make_article(id=f"{prefix}{i}", outlet=prefix, raw_text=f"نص {prefix} {i}.")])
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=upload, args=(p,)) for p in ("x", "y")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    ids = {a.id for a in Library(path).articles()}
    assert ids == {f"{p}{i}" for p in "xy" for i in range(40)}


def _process_uploader(path: str, prefix: str) -> None:
    lib = Library(Path(path))
    for i in range(25):
        lib.add([make_article(id=f"{prefix}{i}", outlet=prefix, raw_text=f"نص {prefix} {i}."),
                 make_article(id=f"{prefix}{i}b", outlet=prefix, raw_text=f"نص آخر {prefix} {i}.")])


@pytest.mark.slow  # two spawned interpreters (~5-7 s)
def test_two_concurrent_uploaders_with_processes_lose_nothing(tmp_path):
    path = tmp_path / "lib.sqlite"
    Library(path)
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_process_uploader, args=(str(path), p)) for p in ("p", "q")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0]
    lib = Library(path)
    assert len(lib.articles()) == 100
    assert lib.version() == 50
