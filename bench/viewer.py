"""Benchmark: how fast the HTML view of an archive-sized graph opens in headless Chromium.

Generates a graph of 5,000 actors and 20,000 relations in the project's shape,
writes the page with kg's viewer (positions computed in Python, physics off), and
measures in Debian's headless Chromium the time from navigation start to the
first complete drawing of the network. Prints the figure beside the time the page
takes with pyvis's own physics layout, the alternative.

    .venv/bin/python bench/viewer.py [--nodes 5000] [--edges 20000] [--runs 3]
"""

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
from rich.console import Console
from rich.table import Table

from kg.vocabulary import ACTOR_TYPES, load_predicates
from kg import view
from kg.view import render_view

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.browser import chromium  # noqa: E402 - the same browser set-up as the tests

console = Console()
SCREENSHOT = Path(__file__).resolve().parent / "out" / "viewer-5000.png"


def synthetic_graph(nodes: int, edges: int, seed: int = 11) -> nx.MultiDiGraph:
    """Actors and relation statements as kg.graph.actor_graph makes them."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    for i in range(nodes):
        graph.add_node(f"a{i}", label=f"Actor {i}", type=ACTOR_TYPES[i % len(ACTOR_TYPES)],
                       aliases=[f"A{i}", f"Actor number {i}"])
    predicates = list(load_predicates())
    # preferential attachment: a few actors are in most relations, as in the news
    targets = [f"a{i}" for i in range(nodes)]
    for k in range(edges):
        subject, obj = rng.choice(targets), rng.choice(targets)
        if subject == obj:
            continue
        targets.append(obj)
        graph.add_edge(subject, obj, key=f"s{k}", predicate=rng.choice(predicates),
                       evidence=f"Synthetic evidence sentence number {k}.", article=f"art{k % 2000}",
                       confidence=round(rng.uniform(0.3, 0.9), 2), start=0, end=10)
    graph.graph["articles"] = {f"art{i}": {"title": f"Story {i}", "date": "2024-01-01"} for i in range(2000)}
    return graph


def time_to_first_drawing(browser, page_path: Path, limit_ms: float, screenshot: Path | None = None) -> float | None:
    """Milliseconds from navigation start to the network's first complete drawing (None: not within the limit)."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto(page_path.as_uri(), timeout=limit_ms)
        page.wait_for_function("window.kgDrawn !== undefined", timeout=limit_ms, polling=50)
        if screenshot is not None:
            page.screenshot(path=str(screenshot))
        return page.evaluate("window.kgDrawn")
    except Exception:  # a page that never finishes drawing within the limit: Playwright's TimeoutError
        return None
    finally:
        page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=float, default=120.0, help="seconds to wait for a drawing")
    args = parser.parse_args()

    graph = synthetic_graph(args.nodes, args.edges)
    started = time.perf_counter()
    page = render_view(graph)
    render_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        kg_page = Path(folder) / "graph.html"
        kg_page.write_text(page, encoding="utf-8")
        # the alternative: the same graph laid out by vis-network's physics in the browser, as pyvis does
        view.STATIC_LAYOUT_FROM = graph.number_of_nodes() + 1
        physics_page = Path(folder) / "physics.html"
        physics_page.write_text(render_view(graph), encoding="utf-8")
        with chromium() as browser:
            kg_times = [time_to_first_drawing(browser, kg_page, args.limit * 1000) for _ in range(args.runs)]
            SCREENSHOT.parent.mkdir(exist_ok=True)
            time_to_first_drawing(browser, kg_page, args.limit * 1000, SCREENSHOT)
            physics_time = time_to_first_drawing(browser, physics_page, args.limit * 1000)

    done = [t for t in kg_times if t is not None]
    median = statistics.median(done) if done else None
    table = Table(title=f"kg view of {graph.number_of_nodes():,} actors and {graph.number_of_edges():,} relations "
                        f"({len(page) / 1e6:.1f} MB page)")
    table.add_column("page")
    table.add_column("load to first complete drawing", justify="right")
    table.add_row("kg (layout in Python, physics off)",
                  f"{median / 1000:.2f} s (median of {args.runs})" if median is not None else "did not draw")
    table.add_row("physics layout in the browser",
                  f"{physics_time / 1000:.2f} s" if physics_time is not None else f"> {args.limit:g} s")
    console.print(table)
    console.print(f"writing the page took {render_seconds:.1f} s in Python (layout included)")
    console.print(f"target: under 3 s; {'met' if median is not None and median < 3000 else 'NOT met'}")


if __name__ == "__main__":
    main()
