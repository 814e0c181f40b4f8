"""Every test must be able to fail (the project rules): read by `ast` from every test module,
no test may

- assert nothing at all;
- assert only inside loops over something that may be empty (a `for` whose iterable is not a
  non-empty literal, or `all(...)` over one), with no assert outside the loop that would catch
  the empty case (`assert rows` before the loop is the usual guard);
- assert only on status codes (`response.status_code`, Playwright's `response.status`): a page
  that answers 200 with the wrong content, or a refusal that still wrote its rows, passes;
- wait a fixed time in a browser test (`time.sleep`, `wait_for_timeout`) instead of waiting for
  a condition; the one fixed wait allowed is a retry inside an `except` handler.

What counts as an assert: the `assert` statement; `pytest.raises`/`pytest.warns`/`pytest.fail`;
Django's query-count context managers; unittest's and Wagtail's `self.assert*`; Playwright's
`expect(...)`; Schemathesis' `call_and_validate`; `raise AssertionError`; a call with `check=True`
(a subprocess whose script asserts); and a call of a helper defined under
tests/ that asserts (its asserts count where it is called, with their own kind).
"""

import ast
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]

# Calls that fail the test themselves (by the called name, the last part of a dotted call).
FAILING_CALLS = {"raises", "warns", "fail", "call_and_validate", "validate_response", "check_engine_served"}
# Django's fixtures that fail on a wrong query count (used as context managers).
QUERY_COUNTERS = {"django_assert_num_queries", "django_assert_max_num_queries", "assertNumQueries"}
# `x.status_code`, and Playwright's `response.status` (not a model's `item.status`).
RESPONSE_NAMES = ("response", "resp", "answer", "reply")
FIXED_WAITS = {"sleep", "wait_for_timeout"}


@dataclass(frozen=True)
class Check:
    """One assert as the test sees it: on a status code only, and inside a loop that may be empty."""

    status_only: bool
    in_loop: bool


@dataclass
class Function:
    path: Path
    node: ast.FunctionDef | ast.AsyncFunctionDef
    checks: list[Check] = field(default_factory=list)
    helper_calls: list[tuple[str, bool]] = field(default_factory=list)


def dotted_last(node):
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return None


def is_status(node):
    if dotted_last(node) == "status_code":
        return True
    if not (isinstance(node, ast.Attribute) and node.attr == "status"):
        return False
    owner = (dotted_last(node.value) or "").lower()
    return any(name in owner for name in RESPONSE_NAMES)


def mentions_status(node):
    return any(is_status(child) for child in ast.walk(node))


def status_only(test):
    """True when every comparison in the assert's condition is about a status code."""
    if isinstance(test, ast.BoolOp):
        return all(status_only(value) for value in test.values)
    if isinstance(test, ast.Compare):
        return mentions_status(test)
    return False


def literal_non_empty(iterable):
    """A loop that surely runs: over a non-empty literal or range(N) with N > 0."""
    if isinstance(iterable, ast.List | ast.Tuple | ast.Set | ast.Dict):
        return bool(getattr(iterable, "elts", None) or getattr(iterable, "keys", None))
    if isinstance(iterable, ast.Constant) and isinstance(iterable.value, str | bytes):
        return bool(iterable.value)
    if isinstance(iterable, ast.Call) and dotted_last(iterable.func) in {
        "range",
        "enumerate",
        "zip",
        "sorted",
    }:
        args = iterable.args
        if dotted_last(iterable.func) == "range":
            return len(args) == 1 and isinstance(args[0], ast.Constant) and args[0].value > 0
        return bool(args) and all(literal_non_empty(arg) for arg in args)
    if dict_view(iterable) is not None:
        return literal_non_empty(dict_view(iterable))
    return False


def dict_view(iterable):
    """`x` of `x.items()`, `x.keys()`, `x.values()`."""
    views = {"items", "keys", "values"}
    if isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Attribute) and not iterable.args:
        return iterable.func.value if iterable.func.attr in views else None
    return None


class FunctionReader(ast.NodeVisitor):
    """Collects the checks of one function body, knowing whether each sits inside a loop."""

    def __init__(self, function, literal_names):
        self.function = function
        self.literal_names = literal_names
        self.in_loop = False

    def surely_runs(self, iterable):
        if isinstance(iterable, ast.Name) and iterable.id in self.literal_names:
            return True
        if (
            isinstance(iterable, ast.Call)
            and isinstance(iterable.func, ast.Name)
            and f"{iterable.func.id}()" in self.literal_names
        ):
            return True
        if dict_view(iterable) is not None:
            return self.surely_runs(dict_view(iterable))
        if isinstance(iterable, ast.Call) and dotted_last(iterable.func) in {"enumerate", "zip", "sorted"}:
            return bool(iterable.args) and all(self.surely_runs(arg) for arg in iterable.args)
        return literal_non_empty(iterable)

    def record(self, status=False):
        self.function.checks.append(Check(status_only=status, in_loop=self.in_loop))

    def visit_loop(self, node, iterable):
        outer = self.in_loop
        self.visit(iterable) if iterable is not None else None
        self.in_loop = outer or iterable is None or not self.surely_runs(iterable)
        for statement in node.body:
            self.visit(statement)
        self.in_loop = outer
        for statement in node.orelse:
            self.visit(statement)

    def visit_For(self, node):
        self.visit_loop(node, node.iter)

    visit_AsyncFor = visit_For

    def visit_While(self, node):
        self.visit(node.test)
        if isinstance(node.test, ast.Constant) and node.test.value is True:
            self.visit_loop(node, ast.Tuple(elts=[node.test]))  # `while True` runs at least once
        else:
            self.visit_loop(node, None)

    def visit_Raise(self, node):
        exception = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
        if dotted_last(exception) == "AssertionError":
            self.record()
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        """A function defined inside a test is read as part of it (callbacks, local helpers)."""
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Assert(self, node):
        test = node.test
        if isinstance(test, ast.Call) and dotted_last(test.func) == "all" and test.args:
            generator = test.args[0]
            if isinstance(generator, ast.GeneratorExp | ast.ListComp | ast.SetComp):
                outer = self.in_loop
                self.in_loop = outer or not all(self.surely_runs(gen.iter) for gen in generator.generators)
                self.record()
                self.in_loop = outer
                return
        self.record(status=status_only(test))

    def visit_With(self, node):
        for item in node.items:
            call = item.context_expr
            if isinstance(call, ast.Call) and dotted_last(call.func) in QUERY_COUNTERS:
                self.record()
        self.generic_visit(node)

    visit_AsyncWith = visit_With

    def visit_Call(self, node):
        name = dotted_last(node.func)
        checked = any(
            word.arg == "check" and getattr(word.value, "value", None) is True for word in node.keywords
        )
        if name in FAILING_CALLS or checked:
            self.record()
        elif isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Call):
            if dotted_last(node.func.value.func) == "expect":
                self.record()
        elif (
            isinstance(node.func, ast.Attribute)
            and dotted_last(node.func.value) == "self"
            and name.startswith("assert")
        ):
            # unittest/Wagtail assertions: on a status code only when that is all they compare.
            self.record(
                status=bool(node.args)
                and all(mentions_status(arg) or isinstance(arg, ast.Constant) for arg in node.args)
            )
        elif name:
            self.function.helper_calls.append((name, self.in_loop))
        self.generic_visit(node)


def module_literal_names(tree):
    """Module-level names bound to a non-empty literal, and functions that return only such
    literals (loops over them, or over what they return, surely run)."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            returns = [child.value for child in ast.walk(node) if isinstance(child, ast.Return)]
            if returns and all(value is not None and literal_non_empty(value) for value in returns):
                names.add(f"{node.name}()")
    for node in tree.body:
        if isinstance(node, ast.Assign) and literal_non_empty(node.value):
            names |= {target.id for target in node.targets if isinstance(target, ast.Name)}
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names |= {node.target.id} if literal_non_empty(node.value) else set()
    return names


def read_functions(path, tree):
    literal_names = module_literal_names(tree)
    functions = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            function = Function(path, node)
            local_names = literal_names | {
                target.id
                for statement in ast.walk(node)
                if isinstance(statement, ast.Assign) and literal_non_empty(statement.value)
                for target in statement.targets
                if isinstance(target, ast.Name)
            }
            reader = FunctionReader(function, local_names)
            for statement in node.body:
                reader.visit(statement)
            functions.append(function)
    return functions


def all_checks(function, helpers, seen=()):
    """The function's checks with those of the helpers it calls (each under its call's loop)."""
    checks = list(function.checks)
    for name, in_loop in function.helper_calls:
        for helper in helpers(function.path, name):
            if helper.node in seen or helper is function:
                continue
            for check in all_checks(helper, helpers, (*seen, function.node)):
                checks.append(Check(check.status_only, check.in_loop or in_loop))
    return checks


def imported_names(path, tree):
    """{name: module path} for names a test module imports from tests/ (absolute or relative)."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.level:
                base = path.parent
                for _ in range(node.level - 1):
                    base = base.parent
                module = base.joinpath(*node.module.split("."))
            elif node.module.split(".")[0] == "tests":
                module = TESTS.joinpath(*node.module.split(".")[1:])
            else:
                continue
            for alias in node.names:
                names[alias.asname or alias.name] = module.with_suffix(".py")
    return names


def helper_finder(functions, trees):
    """Where a called name is defined: the calling module, a module it imports the name from,
    or a conftest.py above it, as pytest and Python would find it."""
    defined = {}
    for function in functions:
        if not is_test(function):
            defined.setdefault((function.path, function.node.name), []).append(function)
    imports = {path: imported_names(path, tree) for path, tree in trees.items()}

    def helpers(path, name):
        if (path, name) in defined:
            return defined[(path, name)]
        if name in imports.get(path, {}):
            return defined.get((imports[path][name], name), [])
        for folder in path.parents:
            if (folder / "conftest.py", name) in defined:
                return defined[(folder / "conftest.py", name)]
        return []

    return helpers


def is_test(function):
    return function.path.name.startswith("test_") and function.node.name.startswith("test_")


def problems_in(sources):
    """{(path, line, name): problem} for the given {path: source} (the whole of tests/ below)."""
    trees = {path: ast.parse(source) for path, source in sources.items()}
    functions = [function for path, tree in trees.items() for function in read_functions(path, tree)]
    helpers = helper_finder(functions, trees)
    problems = {}
    for function in filter(is_test, functions):
        where = (function.path, function.node.lineno, function.node.name)
        checks = all_checks(function, helpers)
        if not checks:
            problems[where] = "asserts nothing"
        elif all(check.in_loop for check in checks):
            problems[where] = "asserts only inside loops that may be empty"
        elif all(check.status_only for check in checks):
            problems[where] = "asserts only status codes"
    return problems


def fixed_waits_in(sources):
    """Fixed waits in browser tests outside an `except` handler (a retry after an error)."""
    waits = []
    for path, source in sources.items():
        tree = ast.parse(source)
        in_handler = {
            id(node)
            for handler in ast.walk(tree)
            if isinstance(handler, ast.ExceptHandler)
            for node in ast.walk(handler)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and dotted_last(node.func) in FIXED_WAITS
                and id(node) not in in_handler
            ):
                waits.append((path, node.lineno))
    return waits


def read_test_sources():
    return {path: path.read_text() for path in sorted(TESTS.rglob("*.py"))}


def describe(problems):
    return "\n".join(
        f"{path.relative_to(TESTS.parent)}:{line} {name}: {problem}"
        for (path, line, name), problem in sorted(problems.items())
    )


def test_every_test_can_fail():
    sources = read_test_sources()
    assert len(sources) > 100, "the checker reads the test modules"
    problems = problems_in(sources)
    assert not problems, "\n" + describe(problems)


def test_browser_tests_wait_for_a_condition_not_a_time():
    sources = {path: source for path, source in read_test_sources().items() if "browser" in path.parts}
    assert sources, "the checker reads the browser tests"
    assert fixed_waits_in(sources) == []


def sample(source):
    return {Path("test_sample.py"): textwrap.dedent(source)}


SAMPLES = {
    "nothing": """
        def test_x(client):
            client.get('/')
    """,
    "loop": """
        def test_x(rows):
            for row in rows:
                assert row.ok
    """,
    "all": """
        def test_x(rows):
            assert all(row.ok for row in rows)
    """,
    "while": """
        def test_x(queue):
            while queue:
                assert queue.pop()
    """,
    "status": """
        def test_x(client):
            response = client.get('/')
            assert response.status_code == 200
    """,
    "playwright_status": """
        def test_x(page):
            response = page.goto('/')
            assert response.status == 200
    """,
    "status_helper": """
        def assert_ok(response):
            assert response.status_code in (200, 302)
        def test_x(client):
            assert_ok(client.get('/'))
    """,
}
GOOD = {
    "guarded": """
        def test_x(rows):
            assert rows
            for row in rows:
                assert row.ok
    """,
    "literal": """
        def test_x(client):
            for url in ['/a', '/b']:
                assert client.get(url).content
    """,
    "literal_name": """
        URLS = ('/a',)
        def test_x(client):
            for url in URLS:
                assert client.get(url).content
    """,
    "literal_dict": """
        def test_x(client):
            pages = {'/a': 'A'}
            for url, text in pages.items():
                assert text in client.get(url).content.decode()
    """,
    "literal_function": """
        def urls():
            return ['/a', '/b']
        def test_x(client):
            for url in urls():
                assert client.get(url).content
    """,
    "status_and_body": """
        def test_x(client):
            response = client.get('/')
            assert response.status_code == 200
            assert b'x' in response.content
    """,
    "raises": """
        import pytest
        def test_x():
            with pytest.raises(ValueError):
                int('x')
    """,
    "expect": """
        def test_x(page):
            expect(page.locator('h1')).to_have_text('x')
    """,
    "helper": """
        def assert_body(response):
            assert response.content
        def test_x(client):
            assert_body(client.get('/'))
    """,
    "queries": """
        def test_x(client, django_assert_num_queries):
            with django_assert_num_queries(3):
                client.get('/')
    """,
    "model_status": """
        def test_x(item):
            item.refresh_from_db()
            assert item.status == 'open'
    """,
    "subprocess": """
        def test_x():
            subprocess.run([sys.executable, '-c', 'assert 1'], check=True)
    """,
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_the_checker_finds_a_test_that_cannot_fail(name):
    problems = problems_in(sample(SAMPLES[name]))
    assert [test for (_path, _line, test) in problems] == ["test_x"]


@pytest.mark.parametrize("name", sorted(GOOD))
def test_the_checker_accepts_a_test_that_can_fail(name):
    assert problems_in(sample(GOOD[name])) == {}


def test_the_checker_finds_a_fixed_wait_but_not_a_retry():
    waits = fixed_waits_in(
        sample("""
            def test_x(tab):
                tab.wait_for_timeout(300)
                assert not tab.locator('x').count()
            def test_y(tab):
                try:
                    tab.click('a')
                except Exception:
                    tab.wait_for_timeout(1000)
                    tab.click('a')
        """)
    )
    assert waits == [(Path("test_sample.py"), 3)]
