# Pretty-print nested configuration and render values by type with singledispatch.
import io
import pprint
from functools import singledispatch

config = {
    "server": {"host": "127.0.0.1", "port": 8080, "workers": 4,
               "tls": {"enabled": False, "cert": None}},
    "database": {"url": "postgresql://db/app", "pool": {"min": 1, "max": 10}},
    "features": ["search", "export", "sharing", "comments", "notifications", "audit"],
    "limits": {"upload_mb": 25, "rate_per_minute": 120},
}

pprint.pprint(config, width=60, sort_dicts=True)
print()
pprint.pprint(config, depth=1)
buf = io.StringIO()
pprint.pprint(config["features"], stream=buf, width=30)
print(buf.getvalue().count("\n"), "lines when narrow")
print(pprint.pformat(list(range(30)), compact=True, width=40))


@singledispatch
def render(value, indent=0):
    return repr(value)


@render.register
def _(value: dict, indent=0):
    pad = "  " * (indent + 1)
    lines = [f"{pad}{k} = {render(v, indent + 1)}" for k, v in sorted(value.items())]
    return "\n" + "\n".join(lines)


@render.register
def _(value: list, indent=0):
    return "[" + ", ".join(render(v, indent) for v in value) + "]"


@render.register
def _(value: bool, indent=0):
    return "yes" if value else "no"


print(render(config))
