"""Build speed and memory: bare spaCy beside kg build, in one run, on a corpus made from the bundled and dev articles.

    python bench/build.py [--articles 260] [--jobs N]

Prints words per second of the trained pipeline alone (nlp.pipe, kg's sentence boundaries included) and of a
whole `kg build` (parse, kg's components, RDF, files, store) in one process and in N, each as a ratio to the
bare parse; then a rebuild with nothing changed and one with one article changed, as a share of a full build;
and each build's peak memory.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

import kg

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


def kg_build(folder: Path, out: Path, *options: str) -> tuple[float, float]:
    """Seconds and peak memory (MB; the largest of kg and any worker it starts, by GNU time) of `kg build` in its
    own process."""
    started = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-f", "%M", str(Path(sys.executable).parent / "kg"), "build",
                           str(folder), "--out", str(out), *options],
                          check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - started
    return seconds, int(done.stderr.strip().splitlines()[-1]) / 1024


def load_seconds() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from kg.extraction import make_pipeline; make_pipeline()"], check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=260)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for the parallel build")
    args = parser.parse_args()
    if MODEL.exists():
        os.environ.setdefault("KG_SPACY_MODEL", str(MODEL))
    # kg's bytecode written first, as an installed package's is: where PYTHONDONTWRITEBYTECODE is set, every timed
    # process would otherwise compile kg's modules again (a fifth of a second)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(kg.__file__).parent)], check=True)
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        words = make_corpus(corpus, args.articles)
        bare = bare_parse(corpus)
        loading = load_seconds()
        parse_rate = words / bare
        table = Table("", "seconds", "words/s", "× bare parse", "peak memory",
                      title=f"{args.articles} articles, {words:,} words; pipeline loading ({loading:.1f} s) left "
                            "out of the parse rows")
        table.add_row("bare nlp.pipe", f"{bare:.1f}", f"{parse_rate:,.0f}", "1.00", "")
        one, peak = kg_build(corpus, work / "one", "--jobs", "1", "--no-cache")
        _row(table, "kg build --jobs 1", one - loading, words, parse_rate, peak)
        many, peak = kg_build(corpus, work / "many", "--jobs", str(args.jobs), "--no-cache")
        _row(table, f"kg build --jobs {args.jobs}", many - loading, words, parse_rate, peak)
        again, peak = kg_build(corpus, work / "one", "--jobs", "1")
        table.add_row("rebuild, nothing changed", f"{again:.1f}", "", f"{again / one:.1%} of --jobs 1",
                      f"{peak:,.0f} MB")
        changed = sorted(corpus.glob("*.txt"))[0]
        changed.write_text(changed.read_text(encoding="utf-8") + "\nIraq condemned the attack.\n", encoding="utf-8")
        again, peak = kg_build(corpus, work / "one", "--jobs", "1")
        table.add_row("rebuild, one article changed", f"{again:.1f}", "", f"{again / one:.1%} of --jobs 1",
                      f"{peak:,.0f} MB")
        Console().print(table)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _row(table: Table, name: str, seconds: float, words: int, parse_rate: float, peak: float) -> None:
    rate = words / max(seconds, 1e-9)
    table.add_row(name, f"{seconds:.1f}", f"{rate:,.0f}", f"{rate / parse_rate:.2f}", f"{peak:,.0f} MB")


if __name__ == "__main__":
    main()
