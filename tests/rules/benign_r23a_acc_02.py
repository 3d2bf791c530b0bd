# expect: accept
# why: ConfigParser's get and getint with a literal fallback, and json.loads of text, are
#   the program's own values
import configparser
import json

cfg = configparser.ConfigParser()
cfg.read_string("[s]\no = 4\n")
n = cfg.getint("s", "o", fallback=3)
m = cfg.getint("s", "missing", fallback=3)
name = cfg.get("s", "name", fallback="anon")
data = json.loads('{"a": [1, 2]}')
data["b"] = n + m
data["a"].append(len(name))
opts = cfg.get("s", "list", fallback=[])
opts.append(1)
print(data, opts)
