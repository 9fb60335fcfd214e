"""No module of ``tiktoklive`` imports, directly or through others, a module that imports it back (issue 12).

The graph is read from the source (``ast``), so every import counts: at the top, inside a function,
or under ``if TYPE_CHECKING:``. ``from package import name`` is an edge to the submodule ``name``
when there is one, else to the package itself; a package's ``__init__`` running before its
submodules is not an edge.
"""
from __future__ import annotations

import ast
import pathlib
from typing import Dict, List, Set

import tiktoklive

ROOT = pathlib.Path(tiktoklive.__file__).parent


def modules(root: pathlib.Path) -> Dict[str, pathlib.Path]:
    """Every module of the package under ``root``, by dotted name (a package by its own name)."""
    found = {}
    for path in root.rglob("*.py"):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imported(name: str, path: pathlib.Path, known: Set[str]) -> Set[str]:
    """The modules of ``known`` that module ``name`` (at ``path``) imports."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: Set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            targets.update(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                           for alias in node.names)
    return (targets & known) - {name}


def cycles(graph: Dict[str, Set[str]]) -> List[Set[str]]:
    """The strongly connected components of ``graph`` with more than one module (Tarjan's algorithm)."""
    index: Dict[str, int] = {}
    low: Dict[str, int] = {}
    stack: List[str] = []
    found: List[Set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for successor in sorted(graph[node]):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            component = set(stack[stack.index(node):])
            del stack[stack.index(node):]
            if len(component) > 1:
                found.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def package_graph(root: pathlib.Path) -> Dict[str, Set[str]]:
    """Module name -> the package's modules it imports."""
    found = modules(root)
    return {name: imported(name, path, set(found)) for name, path in found.items()}


def test_the_checker_finds_a_cycle(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("from pkg.a import A\n")
    (package / "a.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .sub import b\n")
    (package / "sub" / "__init__.py").write_text("")
    (package / "sub" / "b.py").write_text("def f():\n    from pkg import a\n")
    (package / "c.py").write_text("import pkg.a\n")
    assert cycles(package_graph(package)) == [{"pkg.a", "pkg.sub.b"}]


def test_the_package_has_no_import_cycle():
    graph = package_graph(ROOT)
    assert len(graph) > 50 and "tiktoklive.testing.fake" in graph
    assert [sorted(cycle) for cycle in cycles(graph)] == []


def test_no_part_of_the_fake_imports_the_fake():
    """The route modules and the push server get the fake's state (``backend.FakeBackend``), not the fake;
    only its clients (the command line, the scripts' helpers) import it."""
    graph = package_graph(ROOT)
    importers = {name for name, targets in graph.items() if "tiktoklive.testing.fake" in targets}
    assert "tiktoklive.testing.routes_web" in graph
    clients = {"tiktoklive.testing.__main__", "tiktoklive.testing.scripts"}
    assert {name for name in importers if name.startswith("tiktoklive.testing.")} == clients
