"""The shape of the package: data flows one way through the stages, and no function is too long to read."""

import ast
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

import kg

PACKAGE = Path(kg.__file__).parent

# The stages in the order data flows; a module may import its own stage and earlier ones only.
STAGES = (
    ("kg", "kg.resources", "kg.files", "kg.names", "kg.namespace", "kg.layout", "kg.vocabulary", "kg.lexicon",
     "kg.gazetteer"),
    ("kg.corpus",),
    ("kg.nlp",),
    ("kg.actors",),
    ("kg.coref",),
    ("kg.patterns",),
    ("kg.relations",),
    ("kg.scorer",),
    ("kg.extraction", "kg.cache", "kg.workers"),
    ("kg.events",),
    ("kg.rdf", "kg.ontology", "kg.serialization"),
    ("kg.store", "kg.push"),
    ("kg.graph",),
    ("kg.view", "kg.exports"),
    ("kg.evaluate", "kg.training", "kg.build", "kg.server", "kg.cli"),
)
STAGE_OF = {module: number for number, modules in enumerate(STAGES) for module in modules}
LONGEST_FUNCTION = 50


@cache
def _modules() -> dict[str, ast.Module]:
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = ast.parse(path.read_text(encoding="utf-8"))
    return modules


def _stage(module: str) -> int | None:
    while module and module not in STAGE_OF:
        module = module.rpartition(".")[0]
    return STAGE_OF.get(module)


def _imports(tree: ast.Module) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "kg":
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.split(".")[0] == "kg")
    return found


def test_every_module_has_a_stage():
    assert [name for name in _modules() if _stage(name) is None] == []


@pytest.mark.parametrize("name", sorted(_modules()))
def test_no_module_imports_a_later_stage(name):
    later = sorted(imported for imported in _imports(_modules()[name]) if _stage(imported) > _stage(name))
    assert later == [], f"{name} reaches forward into {later}"


def test_no_function_is_longer_than_fifty_lines():
    long = [f"{name}.{node.name}: {node.end_lineno - node.lineno + 1} lines"
            for name, tree in _modules().items() for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.end_lineno - node.lineno + 1 > LONGEST_FUNCTION]
    assert long == []


def test_no_name_is_defined_twice_in_one_scope():
    # a second function of the same name silently replaces the first, wherever the first is listed
    twice = [f"{name}: {defined}" for name, tree in _modules().items()
             for scope in (tree, *(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)))
             for defined, count in Counter(node.name for node in scope.body if isinstance(
                 node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)).items() if count > 1]
    assert twice == []
