"""The module walk the library audits share (scripts/audit-library-*.py): which
modules a program may import, and those with their public submodules, imported.
One walk, so that every generated list describes the same library."""
import importlib
import pathlib
import pkgutil

ROOT = pathlib.Path(__file__).resolve().parent.parent


def rule_lines(filename):
    """The directives of rules/FILENAME, each split into words, comments dropped."""
    for line in (ROOT / "rules" / filename).read_text().splitlines():
        parts = line.split("#", 1)[0].split()
        if parts:
            yield parts


def allowed_modules():
    """The modules rules/imports.txt lets a program import."""
    return [p[1] for p in rule_lines("imports.txt") if len(p) == 2 and p[0] == "import"]


def allowed_surface():
    """What a program may name: the allowed modules, their module-allow attributes
    (the generated audit's and the facades') less what modules.txt denies, as
    sorted (module, name) pairs, and the builtins the rules refuse."""
    names = set()
    for f in ("modules-audit.txt", "facades.txt"):
        for p in rule_lines(f):
            if p[0] == "module-allow" and len(p) >= 3:
                names.add((p[1], p[2]))
    denied = {(p[1], p[2]) for p in rule_lines("modules.txt") if p[0] == "module-deny"}
    refused = {p[1] for p in rule_lines("builtins.txt") if p[0] in ("builtin", "guarded-builtin")}
    return allowed_modules(), sorted(names - denied), refused


def modules():
    """The allowed modules and every public submodule of theirs, imported."""
    seen = {}
    todo = list(allowed_modules())
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        try:
            mod = importlib.import_module(name)
        except Exception:  # a submodule that needs what is not installed
            continue
        seen[name] = mod
        for sub in pkgutil.iter_modules(getattr(mod, "__path__", None) or []):
            # the library's own test suites (unittest.test, installed or not
            # depending on the distribution): no allowed module imports them,
            # so a program never reaches them
            if not sub.name.startswith("_") and sub.name not in ("test", "tests"):
                todo.append(f"{name}.{sub.name}")
    return seen
