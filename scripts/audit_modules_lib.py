"""The module walk the library audits share (scripts/audit-library-*.py): which
modules a program may import, and those with their public submodules, imported.
One walk, so that every generated list describes the same library."""
import importlib
import pathlib
import pkgutil

ROOT = pathlib.Path(__file__).resolve().parent.parent


def allowed_modules():
    """The modules rules/imports.txt lets a program import."""
    mods = []
    for line in (ROOT / "rules" / "imports.txt").read_text().splitlines():
        line = line.split("#", 1)[0].split()
        if len(line) == 2 and line[0] == "import":
            mods.append(line[1])
    return mods


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
