"""Build speed and memory: bare spaCy beside kg build, in one run, on a corpus made from the bundled and dev articles.

    python bench/build.py [--articles 260]

Prints words per second of the trained pipeline alone (nlp.pipe, kg's sentence boundaries included) and of a
whole `kg build` (parse, kg's components, RDF, files, store), each build's peak memory, and the ratio.
"""

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "data" / "articles", ROOT.parent / "shared" / "corpus" / "dev"]
MODEL = ROOT.parent / "shared" / "models" / "en_core_web_sm-3.7.1"


def make_corpus(folder: Path, count: int) -> int:
    """`count` articles (the real ones, then numbered copies with a line of their own so none is a duplicate);
    returns their words."""
    texts = [p.read_text(encoding="utf-8") for source in SOURCES for p in sorted(source.glob("*.txt"))]
    words = 0
    for number in range(count):
        text = f"Report {number}.\n\n{texts[number % len(texts)]}"
        (folder / f"article_{number:05d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def bare_parse(folder: Path) -> float:
    """Seconds for the trained pipeline alone over the corpus."""
    from kg.nlp import PARAGRAPHS_NAME, load_pipeline

    nlp = load_pipeline()
    nlp.add_pipe(PARAGRAPHS_NAME, before="parser")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    started = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    return time.perf_counter() - started


def kg_build(folder: Path, out: Path) -> tuple[float, float]:
    """Seconds and peak memory (MB) of `kg build` in its own process, pipeline loading left out of the time."""
    started = time.perf_counter()
    subprocess.run([str(Path(sys.executable).parent / "kg"), "build", str(folder), "--out", str(out)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def load_seconds() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from kg.extraction import make_pipeline; make_pipeline()"], check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=260)
    args = parser.parse_args()
    if MODEL.exists():
        os.environ.setdefault("KG_SPACY_MODEL", str(MODEL))
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        words = make_corpus(corpus, args.articles)
        bare = bare_parse(corpus)
        loading = load_seconds()
        build_seconds, peak = kg_build(corpus, work / "out")
        parse_rate = words / bare
        build_rate = words / max(build_seconds - loading, 1e-9)
        table = Table("", "seconds", "words/s", "× bare parse", "peak memory",
                      title=f"{args.articles} articles, {words:,} words")
        table.add_row("bare nlp.pipe", f"{bare:.1f}", f"{parse_rate:,.0f}", "1.00", "")
        table.add_row("kg build (pipeline load left out)", f"{build_seconds - loading:.1f}", f"{build_rate:,.0f}",
                      f"{build_rate / parse_rate:.2f}", f"{peak:,.0f} MB")
        Console().print(table)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
