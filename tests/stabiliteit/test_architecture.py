"""How the house is counted (docs/architecture.md): imports between apps, read by grimp
(import-linter's graph builder) from every import statement, including those inside
functions, so a deferred import cannot hide an arrow."""

import tomllib
from functools import cache
from pathlib import Path

import grimp

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"

# The one arrow allowed to run back up (pyproject.toml's ignore_imports): the offering model's
# stemmed search fields need the Dutch normaliser. The second contract's modules (search.dutch,
# search.stopwords) and what they import form a leaf, counted as a unit of its own.
LEAF = "search.dutch"
ARROWS_UP = {("offerings", LEAF)}


@cache
def contract():
    config = tomllib.loads(PYPROJECT.read_text())["tool"]["importlinter"]
    return config["root_packages"], config["contracts"][0]["layers"]


@cache
def graph():
    return grimp.build_graph(*contract()[0])


def layer_of(app):
    layers = contract()[1]
    app = app.split(".")[0]
    return next(i for i, layer in enumerate(layers) if app in [name.strip() for name in layer.split("|")])


@cache
def leaf_modules():
    config = tomllib.loads(PYPROJECT.read_text())["tool"]["importlinter"]["contracts"][1]
    roots = set(config["source_modules"])
    return roots | {module for root in roots for module in graph().find_upstream_modules(root)}


def unit(module):
    """The app a module belongs to, or the Dutch leaf."""
    return LEAF if module in leaf_modules() else module.split(".")[0]


def units():
    return [*contract()[0], LEAF]


def app_arrows():
    """(importer, imported) for every pair of units with at least one import between them."""
    return {
        (unit(module), unit(imported))
        for module in graph().modules
        for imported in graph().find_modules_directly_imported_by(module)
        if unit(module) != unit(imported)
    }


def strongly_connected(nodes, edges):
    """Tarjan's algorithm: the groups of nodes that import each other in a loop."""
    successors = {node: sorted(b for a, b in edges if a == node) for node in nodes}
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in successors[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in nodes:
        if node not in index:
            visit(node)
    return groups


def test_every_app_is_in_the_layers_contract():
    apps, layers = contract()
    in_layers = {name.strip() for layer in layers for name in layer.split("|")}
    on_disk = {p.parent.name for p in PYPROJECT.parent.glob("*/apps.py")} | {"stabiliteit"}
    assert on_disk <= set(apps) == in_layers


def test_no_loops_between_apps():
    assert strongly_connected(units(), app_arrows()) == []


def test_arrows_running_back_up_are_the_listed_ones():
    between_apps = {(a, b) for a, b in app_arrows() if a.split(".")[0] != b.split(".")[0]}
    up = {(a, b) for a, b in between_apps if layer_of(a) >= layer_of(b)}
    assert up == ARROWS_UP


def test_no_loops_between_modules():
    modules = sorted(graph().modules)
    edges = {(m, n) for m in modules for n in graph().find_modules_directly_imported_by(m)}
    assert strongly_connected(modules, edges) == []
