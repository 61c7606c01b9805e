"""Comparing the files of two builds: equal but for the provenance of the run that made them."""

from pathlib import Path

# The files a build writes that depend on its articles alone, once the run's own lines are left out.
COMPARED = ("actors.jsonl", "mentions.jsonl", "relations.jsonl", "relations.csv", "graph.nq", "graph.graphml")


def without_runs(path: Path) -> list[str]:
    """The lines of an output file, without those that describe the run that wrote it."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if "/graph/runs>" not in line
            and "/run/" not in line]


def assert_same_outputs(a: Path, b: Path) -> None:
    for name in COMPARED:
        assert without_runs(a / name) == without_runs(b / name), f"{name} differs between {a} and {b}"
