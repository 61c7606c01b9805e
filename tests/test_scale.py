"""Building beyond one process and again: --jobs, the cache of readings, a Dask cluster. Each gives the files a
clean build in one process gives."""

import logging
import shutil

import distributed

from conftest import CORPUS, DEV_CORPUS
from kg.build import build
from kg.cli import main
from outputs import assert_same_outputs


def test_two_processes_write_what_one_does(dev_built, tmp_path):
    out = tmp_path / "out"
    build([DEV_CORPUS], out, jobs=2, use_cache=False)
    assert_same_outputs(out, dev_built)


def test_a_rebuild_parses_only_what_changed_and_writes_what_a_clean_build_does(tmp_path, nlp, caplog):
    corpus = tmp_path / "articles"
    shutil.copytree(DEV_CORPUS, corpus, ignore=shutil.ignore_patterns("*.jsonl"))
    out, clean = tmp_path / "out", tmp_path / "clean"
    build([corpus], out, nlp=nlp)
    articles = sorted(corpus.glob("*.txt"))
    articles[0].unlink()
    articles[1].write_text(articles[1].read_text(encoding="utf-8") + "\nKataib Hezbollah attacked US forces.\n",
                           encoding="utf-8")
    caplog.set_level(logging.INFO, logger="kg.build")
    build([corpus], out, nlp=nlp)
    assert f"{len(articles) - 2} article(s) from the cache, 1 parsed" in caplog.text
    build([corpus], clean, nlp=nlp, use_cache=False)
    assert_same_outputs(out, clean)


def test_a_build_on_a_dask_cluster_writes_what_a_local_one_does(built, tmp_path):
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        assert main(["build", str(CORPUS), "--out", str(tmp_path / "out"), "--cluster", cluster.scheduler_address,
                     "--no-cache"]) == 0
    assert_same_outputs(tmp_path / "out", built)


def test_an_unreachable_cluster_is_named(tmp_path, capsys):
    assert main(["build", str(CORPUS), "--out", str(tmp_path / "out"), "--cluster", "tcp://127.0.0.1:9",
                 "--no-cache"]) == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in capsys.readouterr().err
    assert not (tmp_path / "out" / "graph.html").exists()


def test_a_rebuild_with_nothing_changed_publishes_nothing_and_says_so(tmp_path, nlp, capsys):
    out = tmp_path / "out"
    assert main(["build", str(CORPUS), "--out", str(out), "--jobs", "1"]) == 0
    published = (out / ".kg" / "current").resolve()
    assert main(["build", str(CORPUS), "--out", str(out), "--jobs", "1"]) == 0
    assert "is up to date" in " ".join(capsys.readouterr().out.split())
    assert (out / ".kg" / "current").resolve() == published
    assert main(["build", str(CORPUS), "--out", str(out), "--jobs", "1", "--no-cache"]) == 0
    assert (out / ".kg" / "current").resolve() != published
