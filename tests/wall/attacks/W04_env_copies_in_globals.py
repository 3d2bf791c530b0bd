# family: environment (copies derived from it at start-up, in module globals)   goal: envcopy   plain: site
# Scans every module's globals (and the containers in them, two levels) for what
# start-up derived from $HOME (site.USER_BASE, USER_SITE, sysconfig's userbase) and
# the user directories under it (the values the red team found).
import random
sys = random._os.sys
hits = []
def scan(where, value, depth):
    if isinstance(value, str):
        if "/.local" in value:
            hits.append((where, value))
    elif depth and isinstance(value, (list, tuple, set, frozenset)):
        for v in list(value):
            scan(where, v, depth - 1)
    elif depth and isinstance(value, dict):
        for k, v in list(value.items()):
            scan(where + "[" + repr(k)[:30] + "]", v, depth - 1)
for name, mod in list(sys.modules.items()):
    try:
        d = mod.__dict__
    except Exception:
        continue
    if isinstance(d, dict):
        for k, v in list(d.items()):
            scan(name + "." + k, v, 2)
for where, value in hits:
    print("ENV-COPY-FOUND", where, value)
