"""The promises app stands below the apps that react to it: it never imports them."""

import ast
from pathlib import Path

import loften.promises

# What promises may use: the register, and who may do what (the one permission check).
BELOW = {"loften.promises", "loften.registry", "loften.accounts"}


def imported_apps(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    ]
    names += [
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    ]
    return {".".join(name.split(".")[:2]) for name in names if name.startswith("loften.")}


def test_promises_imports_no_app_above_it() -> None:
    package = Path(loften.promises.__file__).parent
    above = {
        str(path.relative_to(package)): sorted(imported_apps(path) - BELOW)
        for path in package.rglob("*.py")
    }
    assert {module: apps for module, apps in above.items() if apps} == {}
