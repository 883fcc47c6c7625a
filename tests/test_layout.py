"""The layout shows the design: no import cycles between modules or between packages, gradio only in the
web app, click only in the CLI, and the evaluation package never reaches for a private name of the library."""
from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("ingest", "kb", "assistant", "eval")


def _modules() -> dict[str, Path]:
    out = {}
    for pkg in PACKAGES:
        for path in (REPO / pkg).rglob("*.py"):
            parts = path.relative_to(REPO).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            out[name] = path
    return out


def _imports(path: Path, name: str, modules: dict[str, Path]) -> list[tuple[str, str]]:
    """(imported project module, imported name or "") for every import in the file, at any depth."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(a.name, "") for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.append((sub, "") if sub in modules else (base, alias.name))
    return [(m, n) for m, n in found if m in modules]


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: {m for m, _ in _imports(path, name, modules) if m != name} for name, path in modules.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if not state.get(nxt) and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if not state.get(node) and (found := visit(node)):
            return found
    return None


def test_no_import_cycle_between_modules():
    assert _cycle(_graph()) is None


def test_no_import_cycle_between_packages():
    def package(mod: str) -> str:  # assistant's parts (answer, classify, web, cli, errors, llm) count apart
        parts = mod.split(".")
        return ".".join(parts[:2]) if parts[0] == "assistant" and len(parts) > 1 else parts[0]

    packages: dict[str, set[str]] = {}
    for mod, deps in _graph().items():
        if mod.endswith(".__main__"):  # a launcher (`python -m eval` runs the CLI's eval command): nobody imports it
            continue
        packages.setdefault(package(mod), set()).update(package(d) for d in deps if package(d) != package(mod))
    assert _cycle(packages) is None
    # the pipeline's direction: ingest knows nothing above it, kb nothing of the assistant or eval
    assert packages["ingest"] <= set()
    assert packages["kb"] <= {"ingest"}
    # the evaluation is a client: only the command line (its `eval` command) and the web app (its tab) call it
    assert {mod for mod, deps in packages.items() if "eval" in deps} <= {"assistant.cli", "assistant.web"}
    assert packages["assistant.answer"] <= {"ingest", "kb", "assistant.errors", "assistant.llm"}
    assert packages["assistant.classify"] <= {"ingest", "kb", "assistant.errors", "assistant.llm"}


def test_frameworks_stay_in_their_adapter():
    modules = _modules()
    for name, path in modules.items():
        roots = {n.split(".")[0] for n in _third_party(path)}
        if "gradio" in roots:
            assert name.startswith("assistant.web"), name
        if "click" in roots:
            assert name == "assistant.cli", name


def test_eval_uses_no_private_name_of_the_library():
    modules = _modules()
    for name, path in modules.items():
        if name.split(".")[0] != "eval":
            continue
        for mod, imported in _imports(path, name, modules):
            if not mod.startswith("eval"):
                assert not imported.startswith("_"), f"{name} imports {mod}.{imported}"


def _third_party(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names.add(node.module)
    return names
