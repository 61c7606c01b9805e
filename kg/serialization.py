"""The RDF files of a set: quads written as N-Quads, Turtle, TriG and JSON-LD by Oxigraph's serializers, and read
back.

A build writes the N-Quads itself and the other formats from them in a second process, while it goes on to the
exports, the store and the page (``other_formats_aside``): the formats are the same bytes, and on a machine with
two cores a rebuild spends the time once. This module imports only Oxigraph and the namespace, so that process
starts in a tenth of a second::

    python -m kg.serialization output/.kg/builds/SET
"""

import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from kg.layout import NQUADS_FILE, RDF_FORMATS
from kg.namespace import ACTOR, PREFIX_IRIS

__all__ = ["serialize_quads", "read_quads", "write_other_formats", "other_formats_aside", "RdfFilesError"]

_OXIGRAPH_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "json-ld": ox.RdfFormat.JSON_LD}
_OTHER_FORMATS = [name for name in RDF_FORMATS if name != NQUADS_FILE]


class RdfFilesError(RuntimeError):
    """The RDF files could not be written (the set they were for is not published)."""


def serialize_quads(quads: Iterable[ox.Quad], rdf_format: str, path: Path) -> None:
    """Quads written to `path` in `rdf_format` by Oxigraph's serializers as they come, in the order given (Turtle
    holds their triples, once each), so one set of quads always gives the same bytes."""
    if rdf_format == "turtle":
        ox.serialize(_union(quads), output=str(path), format=ox.RdfFormat.TURTLE, prefixes=PREFIX_IRIS)
    else:
        ox.serialize(quads, output=str(path), format=_OXIGRAPH_FORMATS[rdf_format], prefixes=PREFIX_IRIS)


def read_quads(path: Path) -> Iterator[ox.Quad]:
    """The quads of an N-Quads file, as Oxigraph parses them, one at a time."""
    return ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)


def _union(quads: Iterable[ox.Quad]) -> Iterator[ox.Triple]:
    """The triples of all the graphs, each once. Only actors are described in more than one graph (the actors
    graph names them, each article states its relations between them), so only their triples are remembered."""
    actor_prefix = str(ACTOR)
    seen: set[ox.Triple] = set()
    for quad in quads:
        triple = quad.triple
        if quad.subject.value.startswith(actor_prefix):
            if triple in seen:
                continue
            seen.add(triple)
        yield triple


def write_other_formats(folder: Path) -> None:
    """Every RDF file of the folder but its N-Quads, read from those (an archive's quads pass one at a time)."""
    for name in _OTHER_FORMATS:
        serialize_quads(read_quads(folder / NQUADS_FILE), RDF_FORMATS[name], folder / name)


@contextmanager
def other_formats_aside(folder: Path) -> Iterator[list[Path]]:
    """The folder's other RDF files written from its N-Quads by another process while the block runs, waited for
    at its end: RdfFilesError where they could not be written. The block's own error stops the process."""
    # run from the folder kg is in, so the package is found however this process found it
    process = subprocess.Popen([sys.executable, "-m", "kg.serialization", str(folder.resolve())],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               cwd=Path(__file__).parent.parent)
    try:
        yield [folder / name for name in _OTHER_FORMATS]
    except BaseException:
        process.kill()
        process.communicate()
        raise
    _, errors = process.communicate()
    if process.returncode != 0:
        raise RdfFilesError(f"the RDF files in {folder} could not be written: {errors.strip() or process.returncode}")


def _main(arguments: list[str]) -> int:
    try:
        write_other_formats(Path(arguments[0]))
    except (OSError, SyntaxError, ValueError) as error:
        sys.stderr.write(f"{error}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
