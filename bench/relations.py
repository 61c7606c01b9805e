"""Benchmark: kg's grammar patterns walking each sentence as a spaCy `Span`, and as the `Sentence` whose tokens are
made once, side by side in one run over the same parsed articles.

Every pattern walks every token of every sentence; a `Span` makes a new `Token` object each time it is iterated.
The frames both ways are compared, so the figure is of the same work.

    .venv/bin/python bench/relations.py [--folder ../shared/corpus/dev] [--runs 3]
"""

import argparse
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from kg.corpus import read_corpus
from kg.extraction import make_pipeline
from kg.patterns import PATTERNS, Sentence
from kg.relations import RELATIONS_NAME
from kg.scorer import SCORER_NAME

console = Console()


def walk(docs: list, lexicon, as_sentence: bool) -> tuple[float, int]:
    """Seconds to run every pattern over every sentence, and the frames they read."""
    frames = 0
    start = time.perf_counter()
    for doc in docs:
        for sent in doc.sents:
            sentence = Sentence(doc, sent.start, sent.end) if as_sentence else sent
            for pattern in PATTERNS:
                frames += sum(1 for _ in pattern(sentence, lexicon))
    return time.perf_counter() - start, frames


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=Path(__file__).parents[1] / "../shared/corpus/dev")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    nlp = make_pipeline()
    lexicon = nlp.get_pipe(RELATIONS_NAME).lexicon
    articles, _ = read_corpus([args.folder])
    texts = [article.text for article in articles]
    with nlp.select_pipes(disable=[RELATIONS_NAME, SCORER_NAME]):
        docs = list(nlp.pipe(texts))
    table = Table(title=f"grammar patterns over {len(docs)} articles, best of {args.runs}")
    for column in ("sentences walked as", "seconds", "frames"):
        table.add_column(column)
    results = {}
    for label, as_sentence in (("spaCy Span", False), ("kg Sentence", True)):
        runs = [walk(docs, lexicon, as_sentence) for _ in range(args.runs)]
        results[label] = (min(seconds for seconds, _ in runs), runs[0][1])
        table.add_row(label, f"{results[label][0]:.2f}", str(results[label][1]))
    console.print(table)
    if results["spaCy Span"][1] != results["kg Sentence"][1]:
        raise SystemExit("the two walks read different frames")
    console.print(f"speed-up: {results['spaCy Span'][0] / results['kg Sentence'][0]:.2f}x")


if __name__ == "__main__":
    main()
