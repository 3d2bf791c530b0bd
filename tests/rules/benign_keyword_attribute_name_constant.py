# expect: accept
# why: a keyword named like a refused attribute (raw) given True, False or None: configparser's documented raw=True; whatever the callee does with it, an attribute so made holds a constant that passes for no stream, frame or traceback
import configparser

INI = """
[cache]
ttl_seconds = %(base)s0
base = 6
"""

cp = configparser.ConfigParser()
cp.read_string(INI)
print(cp.get("cache", "ttl_seconds", raw=True), cp.get("cache", "ttl_seconds"))
print(cp.items("cache", raw=False), cp["cache"].get("base", raw=(None)))
