# Configuration layering: copy vs deepcopy, recursive merge, and pprint.
import copy
import pprint
from contextlib import contextmanager

DEFAULTS = {
    "app": {"name": "demo", "debug": False, "plugins": ["auth", "cache"]},
    "db": {"host": "localhost", "port": 5432, "options": {"timeout": 5, "ssl": False}},
}


def merge(base, override):
    result = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        else:
            result[key] = copy.deepcopy(value)
    return result


shallow = copy.copy(DEFAULTS)
shallow["app"]["plugins"].append("oops")
print("defaults changed by shallow copy:", DEFAULTS["app"]["plugins"])
DEFAULTS["app"]["plugins"].remove("oops")

deep = copy.deepcopy(DEFAULTS)
deep["app"]["plugins"].append("metrics")
print("defaults after deep copy edit:", DEFAULTS["app"]["plugins"])

production = merge(DEFAULTS, {"db": {"host": "db.internal", "options": {"ssl": True}}, "app": {"debug": False}})
development = merge(DEFAULTS, {"app": {"debug": True, "plugins": ["auth", "debugbar"]}})
pprint.pprint(production)
pprint.pprint(development, width=50)
print(DEFAULTS == copy.deepcopy(DEFAULTS), DEFAULTS["db"] is production["db"])



@contextmanager
def overridden(config, **section_changes):
    saved = copy.deepcopy(config)
    for section, changes in section_changes.items():
        config[section].update(changes)
    try:
        yield config
    finally:
        config.clear()
        config.update(saved)


with overridden(production, db={"port": 6543}) as cfg:
    print("inside:", cfg["db"]["port"])
print("restored:", production["db"]["port"])

shared = [1, 2]
tree = {"a": shared, "b": shared}
clone = copy.deepcopy(tree)
print("sharing preserved:", clone["a"] is clone["b"], clone["a"] is shared)
