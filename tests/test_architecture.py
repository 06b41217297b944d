"""The apps are layers: each imports only the apps below it, and no import hides inside a function.

Read from the source with `ast` (nothing is imported), migrations excluded: a module-level or a
function-level import of another app is an edge of the app graph. From the bottom up:

    languages → newsroom → ethnic_press → translations → search → home → demo

`cms` (settings, URLs) is the project shell: it may import any app and no app imports it. Models of
a lower app refer to models above them by string ("ethnic_press.Region"), which is not an import.
"""

import ast
import weakref
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch.dispatcher import NONE_ID

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("languages", "newsroom", "ethnic_press", "translations", "search", "home", "demo")
SHELL = "cms"
APPS = (*LAYERS, SHELL)

# The only function-level imports allowed: (file pattern, function, imported module) and why.
ALLOWED_IN_FUNCTIONS = (
    # Django requires it: signal handlers and hooks that import models are connected once the app
    # registry is ready, in AppConfig.ready (the one way signals are connected in this project).
    ("*/apps.py", "ready", "*"),
    # A cycle inside the languages floor, not between apps: the names table transliterates a variant
    # spelling it does not list, and the transliterator reads the names table. Left to the languages
    # package's owners to untie (move `names.spelling` into languages.transliteration).
    ("languages/names/__init__.py", "spelling", "languages.transliteration"),
)


@dataclass(frozen=True)
class Import:
    path: str  # relative to the project root
    line: int
    function: str | None  # the enclosing function's name, None at module level
    module: str  # absolute dotted name

    @property
    def source_app(self) -> str:
        return self.path.split("/")[0]

    @property
    def target_app(self) -> str:
        return self.module.split(".")[0]

    def __str__(self) -> str:
        where = f" in {self.function}()" if self.function else ""
        return f"{self.path}:{self.line}{where} imports {self.module}"


def _package(path: Path) -> list[str]:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return parts if path.name == "__init__.py" else parts[:-1]


def _absolute(node: ast.ImportFrom, path: Path) -> list[str]:
    if node.level == 0:
        base = node.module or ""
    else:
        package = _package(path)
        package = package[: len(package) - (node.level - 1)]
        base = ".".join([*package, *([node.module] if node.module else [])])
    # `from . import signals` imports a module too: name it, so its app is known either way.
    return [base] if node.module else [f"{base}.{alias.name}" for alias in node.names]


def imports_in(path: Path) -> list[Import]:
    """Every import statement of one file, with the function it sits in (if any)."""
    relative = path.relative_to(ROOT).as_posix()
    found: list[Import] = []

    def visit(node: ast.AST, function: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                visit(child, getattr(child, "name", "<lambda>") if function is None else function)
            elif isinstance(child, ast.Import):
                found.extend(Import(relative, child.lineno, function, alias.name) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                found.extend(Import(relative, child.lineno, function, name) for name in _absolute(child, path))
            else:
                visit(child, function)

    visit(ast.parse(path.read_text(encoding="utf-8"), str(path)), None)
    return found


def project_files() -> list[Path]:
    return sorted(
        path for app in APPS for path in (ROOT / app).rglob("*.py") if "migrations" not in path.relative_to(ROOT).parts
    )


def project_imports() -> list[Import]:
    return [item for path in project_files() for item in imports_in(path)]


def app_graph(imports: list[Import]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {app: set() for app in APPS}
    for item in imports:
        if item.target_app in APPS and item.target_app != item.source_app:
            graph[item.source_app].add(item.target_app)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph as a path [a, b, …, a], or None."""
    state: dict[str, str] = {}

    def walk(node: str, trail: list[str]) -> list[str] | None:
        state[node] = "open"
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                return [*trail[trail.index(target) :], target] if target in trail else [node, target]
            if target not in state and (cycle := walk(target, [*trail, target])):
                return cycle
        state[node] = "done"
        return None

    for start in sorted(graph):
        if start not in state and (cycle := walk(start, [start])):
            return cycle
    return None


def allowed_in_function(item: Import) -> bool:
    return any(
        fnmatch(item.path, path) and fnmatch(item.function, function) and fnmatch(item.module, module)
        for path, function, module in ALLOWED_IN_FUNCTIONS
    )


@pytest.fixture(scope="module")
def imports() -> list[Import]:
    return project_imports()


def test_the_walk_sees_every_app_and_their_imports(imports):
    files = {item.path for item in imports}
    for app in APPS:
        assert any(path.startswith(f"{app}/") for path in files), app
    assert not any("/migrations/" in path for path in files)
    graph = app_graph(imports)
    # Parents above children: outlets list articles, the portal shows both.
    assert "newsroom" in graph["ethnic_press"]
    assert {"ethnic_press", "newsroom"} <= graph["home"]


def test_the_app_import_graph_has_no_cycle(imports):
    graph = app_graph(imports)
    cycle = find_cycle(graph)
    if cycle:
        edges = list(zip(cycle, cycle[1:], strict=False))
        proof = [str(item) for item in imports if (item.source_app, item.target_app) in edges]
        pytest.fail("import cycle " + " → ".join(cycle) + ":\n" + "\n".join(proof))


def test_each_app_imports_only_the_apps_below_it(imports):
    upward = [
        str(item)
        for item in imports
        if item.target_app in APPS
        and item.source_app != item.target_app
        and item.source_app != SHELL
        and (item.target_app == SHELL or LAYERS.index(item.target_app) > LAYERS.index(item.source_app))
    ]
    assert not upward, "imports of an app above (layers: " + " → ".join(LAYERS) + "):\n" + "\n".join(upward)


def test_imports_sit_at_module_level_except_where_django_requires_otherwise(imports):
    hidden = [str(item) for item in imports if item.function is not None and not allowed_in_function(item)]
    assert not hidden, "function-level imports (move them to the top of the module):\n" + "\n".join(hidden)


def test_signals_are_connected_one_way():
    """Each app connects its receivers in a `connect()` its AppConfig.ready calls, never with @receiver."""
    decorated = [
        f"{path.relative_to(ROOT)}:{node.lineno} @receiver"
        for path in project_files()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef)
        for decorator in node.decorator_list
        if isinstance(decorator, ast.Call) and getattr(decorator.func, "id", "") == "receiver"
    ]
    assert not decorated, "\n".join(decorated)


@pytest.mark.parametrize(
    "signal",
    [pre_save, post_save, pre_delete, post_delete],
    ids=["pre_save", "post_save", "pre_delete", "post_delete"],
)
def test_no_project_receiver_runs_for_every_model(signal):
    """Model signals name their sender: a receiver without one runs for every row of every model."""
    everywhere = []
    for (_receiver_id, sender_id), receiver, *_ in signal.receivers:
        function = receiver() if isinstance(receiver, weakref.ReferenceType) else receiver
        module = getattr(function, "__module__", "") or ""
        if sender_id == NONE_ID and module.split(".")[0] in APPS:
            everywhere.append(f"{module}.{function.__qualname__}")
    assert not everywhere, everywhere


def test_the_cycle_finder_finds_cycles_and_only_cycles():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_function_level_imports_are_found(tmp_path, monkeypatch):
    monkeypatch.setattr("tests.test_architecture.ROOT", tmp_path)
    module = tmp_path / "newsroom" / "models" / "pages.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        "import languages\n\ndef outlet():\n    from ethnic_press.models import OutletPage\n    from . import x\n"
    )
    found = imports_in(module)
    assert [(item.function, item.module) for item in found] == [
        (None, "languages"),
        ("outlet", "ethnic_press.models"),
        ("outlet", "newsroom.models.x"),
    ]
