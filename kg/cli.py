"""The kg command line: each command a thin wrapper over a library call, errors turned into one clear line."""

import argparse
import atexit
import difflib
import json
import logging
import os
import re
import sys
import threading
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Callable, Iterator, NoReturn

from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg import __version__

__all__ = ["main"]

DEFAULT_CORPUS = Path("data/articles")
DEFAULT_OUT = Path("output")

console = Console()
errors = Console(stderr=True, soft_wrap=True)


# Exit statuses: 0 all went well; 1 the build went through but skipped files it could not read;
# 2 the command could not do what was asked (a message says why); 3 kg itself failed (a bug to report).
EXIT_SOME_SKIPPED, EXIT_COMMAND_ERROR, EXIT_INTERNAL_ERROR = 1, 2, 3


class CommandError(Exception):
    """An error the user can act on; shown as one line, no traceback."""


def _progress() -> Progress:
    """A progress bar on stderr, left on screen only where stderr is a terminal."""
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=errors, transient=not errors.is_terminal)


def _waiting(message: str) -> None:
    errors.print(f"[yellow]{message}[/]", highlight=False)


def _build(args: argparse.Namespace) -> int:
    from kg.build import BuildError, build
    from kg.layout import FolderBusy
    from kg.nlp import PipelineNotFound
    from kg.serialization import RdfFilesError
    from kg.store import StoreError

    paths = args.paths or [DEFAULT_CORPUS]
    with _progress() as progress:
        task = progress.add_task("loading the pipeline", total=None)

        def started(total: int) -> None:
            progress.update(task, description="reading articles", total=total, completed=0)

        try:
            report = build(paths, args.out, model=args.model, on_start=started,
                           on_article=lambda article: progress.advance(task), wait=not args.no_wait,
                           on_wait=_waiting, scorer=args.scorer, jobs=args.jobs, cluster=args.cluster,
                           use_cache=not args.no_cache)
        except (BuildError, FolderBusy, PipelineNotFound, RdfFilesError, StoreError) as error:
            raise CommandError(str(error)) from None
    for problem in report.problems:
        errors.print(f"[yellow]skipped[/] {problem.path}: {problem.reason}", highlight=False)
    if report.up_to_date:
        console.print(f"{args.out}/ is up to date: its {report.articles} article(s) are unchanged since the last "
                      "build (kg build --no-cache builds them again)", highlight=False)
    else:
        console.print(f"Built {report.articles} article(s): {report.actors} actors, {report.relations} relations, "
                      f"{report.events} events, into {args.out}/", highlight=False)
    console.print(f"Open the graph: {report.view.absolute()}", highlight=False)
    if report.stored_articles > report.articles:
        console.print(f"The store in {args.out}/ also holds {report.stored_articles - report.articles} article(s) "
                      "of earlier builds into it: the files and this page show this build's articles, kg view and "
                      "kg query all of them (kg remove takes an article out)", highlight=False)
    if report.problems:
        errors.print(f"[yellow]{len(report.problems)} file(s) skipped[/], named above with the reason", highlight=False)
        return EXIT_SOME_SKIPPED
    return 0


@contextmanager
def _open_store(out: Path) -> Iterator:
    """The current store of the build folder `out`, read-only, held until the block ends."""
    from kg.layout import STORE_DIRNAME, OutputFolder
    from kg.store import GraphStore, StoreError

    with OutputFolder(out).reading() as current:
        try:
            store = GraphStore.open(current / STORE_DIRNAME, read_only=True)
        except StoreError as error:
            raise CommandError(str(error)) from None
        with store:
            yield store


def _query(args: argparse.Namespace) -> int:
    from kg.store import bind_params, resolve_query, saved_queries

    if args.list:
        table = Table("name", "what it answers")
        for name, text in sorted(saved_queries().items()):
            table.add_row(name, text.splitlines()[0].lstrip("# "))
        console.print(table)
        return 0
    if not args.query:
        raise CommandError("give a SPARQL query, a .rq file or a saved query's name (see kg query --list)")
    try:
        text = resolve_query(args.query)
    except FileNotFoundError as error:
        raise CommandError(str(error)) from None
    if text == args.query and re.fullmatch(r"[\w-]+", args.query.strip()):
        # a single word is a saved query's name, not SPARQL: say which exist instead of a parse error
        close = difflib.get_close_matches(args.query, saved_queries(), n=3)
        hint = f"did you mean {', '.join(close)}? " if close else ""
        raise CommandError(f"there is no saved query {args.query!r}; {hint}see kg query --list")
    with _open_store(args.out) as store:
        try:
            params = bind_params(text, args.param, store)
        except ValueError as error:
            raise CommandError(str(error)) from None
        try:
            result = store.query(text, params)
        except (SyntaxError, ValueError, OSError) as error:
            raise CommandError(f"the query failed: {error}") from None
        _print_result(result, args.format)
    return 0


def _print_result(result, output_format: str) -> None:
    if result.boolean is not None:
        console.print("yes" if result.boolean else "no")
        return
    if result.graph is not None:
        sys.stdout.write(result.graph.serialize(format="turtle"))
        return
    if output_format == "json":
        sys.stdout.write(json.dumps([dict(zip(result.columns, row)) for row in result.text_rows()],
                                    ensure_ascii=False, indent=2) + "\n")
    elif output_format == "csv":
        sys.stdout.write(result.to_csv())
    else:
        table = Table()
        for column in result.columns:
            table.add_column(column, overflow="fold")
        for row in result.text_rows(compact=True):
            table.add_row(*row)
        console.print(table)
        console.print(f"{len(result.rows)} row(s)", style="dim")


def _store_graph(store):
    from kg.graph import actor_graph

    return actor_graph(store)


def _view(args: argparse.Namespace) -> int:
    from kg.graph import ego_graph
    from kg.view import write_view

    with _open_store(args.out) as store:
        graph = _store_graph(store)
    title = "kg actor graph"
    if args.actor:
        try:
            graph = ego_graph(graph, args.actor, args.depth)
        except KeyError as error:
            raise CommandError(f"{error.args[0]}; see kg query most_connected for actor ids") from None
        title = f"{graph.nodes[args.actor]['label']} and its neighbourhood (depth {args.depth})"
    path = args.output or args.out / (f"view-{args.actor}.html" if args.actor else "graph.html")
    write_view(graph, path, title)
    console.print(f"Wrote {path.resolve()} ({graph.number_of_nodes()} actors, {graph.number_of_edges()} relations)",
                  highlight=False)
    return 0


def _remove(args: argparse.Namespace) -> int:
    from kg.build import BuildError, remove_articles
    from kg.layout import FolderBusy
    from kg.serialization import RdfFilesError
    from kg.store import StoreError

    try:
        removed = remove_articles(args.out, args.articles, wait=not args.no_wait, on_wait=_waiting)
    except (BuildError, FolderBusy, RdfFilesError, StoreError) as error:
        raise CommandError(str(error)) from None
    for article in sorted(set(args.articles) - set(removed)):
        errors.print(f"[yellow]not in the store:[/] {article}", highlight=False)
    console.print(f"Removed {len(removed)} article(s) from {args.out}/ (its store and every file)", highlight=False)
    return 0 if removed or not args.articles else 1


def _push(args: argparse.Namespace) -> int:
    from kg.push import PushError, push_store

    with _open_store(args.out) as store:
        try:
            pushed = push_store(store, args.endpoint, timeout=args.timeout)
        except PushError as error:
            raise CommandError(str(error)) from None
    console.print(f"Pushed {len(pushed)} graph(s) to {args.endpoint}", highlight=False)
    return 0


def _serve(args: argparse.Namespace) -> int:
    from kg.server import EndpointSettings, make_server

    settings = EndpointSettings(timeout=args.timeout, max_rows=args.max_rows,
                                allowed_hosts=frozenset(args.allow_host),
                                allowed_services=frozenset(h.lower() for h in args.allow_service))
    with _open_store(args.out):
        pass  # a folder with no store is said so now, not at the first query
    try:
        server = make_server(args.out, host=args.host, port=args.port, settings=settings)
    except OSError as error:
        raise CommandError(f"cannot listen on {args.host}:{args.port}: {error.strerror}") from None
    host, port = server.server_address[:2]
    console.print(f"SPARQL endpoint: http://{host}:{port}/sparql  (query page http://{host}:{port}/, "
                  f"graph http://{host}:{port}/graph.html); read-only, answering from the latest build; "
                  "Ctrl-C stops it", highlight=False)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0


def _eval(args: argparse.Namespace) -> int:
    from kg.evaluate import evaluate, load_gold, load_prediction

    gold = {}
    try:
        for path in args.gold:
            gold.update(load_gold(path))
        predictions, types = load_prediction(args.out)
    except (FileNotFoundError, ValueError, KeyError) as error:
        raise CommandError(f"cannot evaluate: {error}") from None
    missing = sorted(set(gold) - set(predictions))
    if missing:
        errors.print(f"[yellow]{len(missing)} of {len(gold)} annotated article(s) are not in the build in "
                     f"{args.out}[/] (scored as found nothing): {', '.join(missing[:5])}"
                     f"{', …' if len(missing) > 5 else ''}", highlight=False)
    report = evaluate(gold, predictions, types)
    if args.errors:
        _print_errors(report)
    elif args.by_predicate:
        _print_by_predicate(report)
    title = f"kg eval on {', '.join(str(p) for p in args.gold)}"
    table = Table("", "precision", "recall", "F1", "tp", "predicted", "gold", title=title)
    for name, score in (("actors", report.actors), ("relations", report.relations)):
        table.add_row(name, f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}", str(score.tp),
                      str(score.predicted), str(score.gold))
    console.print(table)
    cutoffs = Table("confidence ≥", "precision", "recall", "F1", "relations", title="relations by confidence")
    for cutoff, score in report.at_confidence.items():
        cutoffs.add_row(f"{cutoff:.1f}", f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}",
                        str(score.predicted))
    console.print(cutoffs)
    console.print(f"actor types right: {report.type_accuracy:.3f} ({report.types_right}/{report.types_matched})")
    console.print(f"actor F1 {report.actors.f1:.3f}  relation F1 {report.relations.f1:.3f}")
    return 0


def _train(args: argparse.Namespace) -> int:
    from kg.nlp import PipelineNotFound
    from kg.resources import data_path
    from kg.scorer import MODEL_FILE
    from kg.training import train

    with _progress() as progress:
        task = progress.add_task("reading annotated articles", total=None)
        try:
            report = train(args.corpus, args.gold, on_article=lambda article: progress.advance(task))
        except (FileNotFoundError, ValueError, KeyError, PipelineNotFound) as error:
            raise CommandError(f"cannot train: {error}") from None
        except ImportError:
            raise CommandError("training needs scikit-learn: pip install 'kg[train]'") from None
    table = Table("C", "threshold", "read by a pattern", "precision", "recall", "F1",
                  title="cross-validated relations, by setting (the best ten)")
    for (regularisation, threshold, read), score in sorted(report.by_setting.items(), key=lambda i: -i[1].f1)[:10]:
        table.add_row(f"{regularisation:g}", f"{threshold:.2f}", f"{read:.2f}", f"{score.precision:.3f}",
                      f"{score.recall:.3f}", f"{score.f1:.3f}")
    console.print(table)
    output = args.output or data_path(MODEL_FILE)
    report.model.to_file(output)
    best = report.cross_validated
    console.print(f"Chose C={report.model.metadata['regularisation']:g}, threshold {report.model.threshold:.2f} "
                  f"({report.model.read_threshold:.2f} for pattern readings) "
                  f"(cross-validated P {best.precision:.3f} R {best.recall:.3f} F1 {best.f1:.3f}); "
                  f"wrote {output}", highlight=False)
    return 0


def _print_by_predicate(report) -> None:
    by_predicate = Table("predicate", "precision", "recall", "F1", "tp", "predicted", "gold", title="by predicate")
    for name, score in sorted(report.by_predicate.items(), key=lambda item: (item[1].f1, item[0])):
        by_predicate.add_row(name, f"{score.precision:.2f}", f"{score.recall:.2f}", f"{score.f1:.2f}",
                             str(score.tp), str(score.predicted), str(score.gold))
    console.print(by_predicate)


def _print_errors(report) -> None:
    _print_by_predicate(report)
    by_article = Table("article", "actor F1", "relation P", "relation R", "relation F1", title="by article")
    for article, (actors, relations) in sorted(report.by_article.items()):
        by_article.add_row(article, f"{actors.f1:.2f}", f"{relations.precision:.2f}", f"{relations.recall:.2f}",
                           f"{relations.f1:.2f}")
    console.print(by_article)
    for error in report.errors:
        s, p, o = error.triple
        colour = "red" if error.kind == "missed" else "yellow"
        console.print(f"[{colour}]{error.kind:8}[/] {error.article} {s} {p} {o}\n          {error.evidence}",
                      highlight=False)


def _add_out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"the build's folder (default {DEFAULT_OUT})")


def _add_no_wait(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-wait", action="store_true",
                        help="stop, naming it, if another kg process is writing to the folder (default: wait for it)")


def _command(commands, name: str, summary: str, description: str, epilog: str) -> argparse.ArgumentParser:
    return commands.add_parser(name, help=summary, description=description, epilog=epilog,
                               formatter_class=argparse.RawDescriptionHelpFormatter)


def _add_build(commands) -> None:
    from kg.layout import OUTPUT_FILES, STORE_DIRNAME

    written = ", ".join([*OUTPUT_FILES, f"{STORE_DIRNAME}/"])
    build = _command(commands, "build", "read articles and write the graph (RDF, JSONL, HTML, the store)",
                     f"Read articles (.txt files or folders of them) and write into --out: {written}. Every file "
                     "is published at once when the build ends; a failed build leaves the previous ones whole.",
                     "example: kg build data/articles --out output\n\nexit status: 0 every file built; 1 built, "
                     "but some files were skipped (each named with its reason); 2 nothing could be built")
    build.add_argument("paths", nargs="*", type=Path, help=f"article files or folders (default {DEFAULT_CORPUS})")
    build.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default {DEFAULT_OUT})")
    build.add_argument("--model", help="spaCy pipeline name or directory (default $KG_SPACY_MODEL or en_core_web_sm)")
    build.add_argument("--scorer", type=Path, help="a relation scorer written by kg train --output "
                                                   "(default: the one kg ships)")
    build.add_argument("--jobs", type=_positive, default=os.cpu_count() or 1, metavar="N",
                       help="parse in N processes (default: this machine's cores, "
                            f"{os.cpu_count() or 1}; a small corpus is parsed in one)")
    build.add_argument("--cluster", metavar="tcp://HOST:8786",
                       help="parse on the workers of this Dask scheduler (the 'cluster' extra)")
    build.add_argument("--no-cache", action="store_true",
                       help="parse every article again, not only the new and the changed")
    _add_no_wait(build)
    build.set_defaults(handler=_build)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (1 or more)")
    return int(text)


def _add_query(commands) -> None:
    from kg.namespace import PREFIXES

    query = _command(commands, "query", "run a SPARQL query on the built graph",
                     "Run SPARQL (text, a .rq file, or a saved query's name) on the built graph; the default "
                     "graph is the union of all graphs. Predefined prefixes: "
                     + " ".join(f"{prefix}:" for prefix in PREFIXES) + ".",
                     "examples:\n  kg query 'SELECT ?a WHERE { ?a kg:attacks actor:us_forces }'\n"
                     "  kg query attackers_of --param target=us_forces\n  kg query --list")
    query.add_argument("query", nargs="?", help="SPARQL text, a .rq file, or a saved query's name")
    query.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                       help="bind ?NAME to VALUE as an RDF term (an actor id, prefix:name, <iri> or text)")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query.add_argument("--list", action="store_true", help="list the saved queries")
    _add_out(query)
    query.set_defaults(handler=_query)


def _add_eval(commands) -> None:
    evaluate = _command(commands, "eval", "score the build against gold annotations",
                        "Score the build's actors.jsonl, mentions.jsonl and relations.jsonl against gold JSONL "
                        "files in the format of the annotation guidelines.",
                        "examples:\n  kg eval ../shared/gold/seed.jsonl --errors\n"
                        "  kg eval ../shared/gold/seed.jsonl ../shared/gold/dev.jsonl --by-predicate")
    evaluate.add_argument("gold", type=Path, nargs="+", help="gold annotations (JSONL), one file or several")
    _add_out(evaluate)
    evaluate.add_argument("--by-predicate", action="store_true", help="scores by predicate, weakest first")
    evaluate.add_argument("--errors", action="store_true",
                          help="list missed and spurious relations; scores by predicate and by article")
    evaluate.set_defaults(handler=_eval)


def _add_train(commands) -> None:
    training = _command(commands, "train", "train the relation scorer on annotated articles",
                        "Parse the annotated articles, choose the scorer's regularisation and thresholds by "
                        "repeated cross-validation over whole articles, fit it on all of them and write the model "
                        "(by default the package's kg/data/relation_scorer.json, recorded in each build's "
                        "provenance; use another with kg build --scorer). Needs scikit-learn (the 'train' extra).",
                        "example: kg train ../shared/gold/dev-tune.jsonl ../shared/gold/seed.jsonl "
                        "--corpus ../shared/corpus/dev --corpus data/articles")
    training.add_argument("gold", type=Path, nargs="+", help="gold annotations (JSONL) of the articles to train on")
    training.add_argument("--corpus", type=Path, action="append", required=True,
                          help="a folder or file of the annotated articles (repeatable)")
    training.add_argument("--output", type=Path, help="where to write the model (default: the package's)")
    training.set_defaults(handler=_train)


def _add_view(commands) -> None:
    view = _command(commands, "view", "write the HTML view of the store's graph, or of one actor's neighbourhood",
                    "Draw the graph of everything the store holds (every article built into --out and not "
                    "removed) as one offline HTML page, or only the actors within --depth relations of --actor.",
                    "examples:\n  kg view\n  kg view --actor kataib_hezbollah --depth 2")
    view.add_argument("--actor", help="an actor id: draw only its neighbourhood")
    view.add_argument("--depth", type=int, default=1, help="how many relations away from --actor (default 1)")
    view.add_argument("-o", "--output", type=Path, help="the page to write (default in --out)")
    _add_out(view)
    view.set_defaults(handler=_view)


def _add_serve(commands) -> None:
    serve = _command(commands, "serve", "serve a read-only SPARQL endpoint, a query page and the view",
                     "Serve the store over the SPARQL 1.1 Protocol at /sparql (GET or POST; JSON, XML, CSV or TSV "
                     "results; default-graph-uri and named-graph-uri), a query page at / and the graph at "
                     "/graph.html. Updates are refused.",
                     "example: kg serve --port 7878, then\n  curl 'http://127.0.0.1:7878/sparql' "
                     "--data-urlencode 'query=SELECT * WHERE { ?s kg:attacks ?o }'")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=7878, help="port (default 7878; 0 picks a free one)")
    serve.add_argument("--timeout", type=float, default=10.0, help="seconds a query may run (default 10)")
    serve.add_argument("--max-rows", type=int, default=10_000, help="rows a result may have (default 10000)")
    serve.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                       help="a further host name the server may be addressed by (repeatable; e.g. behind a proxy)")
    serve.add_argument("--allow-service", action="append", default=[], metavar="HOST",
                       help="a host a query's SERVICE clause may call (repeatable; none by default)")
    _add_out(serve)
    serve.set_defaults(handler=_serve)


def _add_push(commands) -> None:
    push = _command(commands, "push", "load the store into a SPARQL 1.1 triple store (Graph Store Protocol)",
                    "PUT every named graph of the store (one per article, the actors, the runs, the ontology) to a "
                    "writable Graph Store Protocol endpoint: Oxigraph server, Fuseki, GraphDB, Virtuoso, QLever, "
                    "... (kg serve is read-only and takes no pushes).",
                    "example: oxigraph serve --location store-data --bind 127.0.0.1:7879, then\n"
                    "  kg push --endpoint http://127.0.0.1:7879/store")
    push.add_argument("--endpoint", required=True, help="the store's Graph Store Protocol URL")
    push.add_argument("--timeout", type=float, default=60.0, help="seconds per request (default 60)")
    _add_out(push)
    push.set_defaults(handler=_push)


def _add_remove(commands) -> None:
    remove = _command(commands, "remove", "remove articles (and the actors no other article names) from the build",
                      "Remove articles from the store and from every file of the build folder, with the actors "
                      "no remaining article names, and draw the view again.",
                      "example: kg remove 003_1e30ef8bae59033f")
    remove.add_argument("articles", nargs="+", help="article ids (file stems)")
    _add_no_wait(remove)
    _add_out(remove)
    remove.set_defaults(handler=_remove)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg", description="kg reads news articles about armed conflict and builds a knowledge graph of its "
                               "actors and what they do to one another: RDF to query with SPARQL, and an "
                               "offline network view.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what each stage does")
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in (_add_build, _add_query, _add_eval, _add_train, _add_view, _add_serve, _add_push, _add_remove):
        add(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the kg command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s",
                        handlers=[RichHandler(console=errors, show_path=False)])
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except CommandError as error:
        errors.print(f"[red]kg {args.command}:[/] {error}", highlight=False)
        return EXIT_COMMAND_ERROR
    except KeyboardInterrupt:
        errors.print("interrupted")
        return 130
    except Exception as error:  # noqa: BLE001 - the last line of defence: no traceback reaches a user
        if args.verbose:
            logging.getLogger("kg").exception("kg %s failed", args.command)
        errors.print(f"[red]kg {args.command} failed:[/] {type(error).__name__}: {error} (run 'kg -v "
                     f"{args.command} …' for the details)", highlight=False)
        return EXIT_INTERNAL_ERROR


def run() -> NoReturn:
    """The `kg` command: `main`, then an exit without the interpreter's teardown where nothing is left running.
    Freeing a build's spaCy pipeline and store object by object takes a third of a second, a sixteenth of a
    rebuild that changed one article; the exit handlers still run and the streams are flushed first, so nothing
    written is lost."""
    status = main()
    if threading.active_count() > 1:  # (a thread still running is waited for by the usual exit)
        sys.exit(status)
    atexit._run_exitfuncs()  # the handlers the usual exit runs: temporary folders' finalizers, child processes
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


if __name__ == "__main__":
    run()
