# Parse INI-style settings with configparser from a string, with typed getters.
import configparser
from contextlib import suppress

TEXT = """
[DEFAULT]
timeout = 30
debug = no

[web]
host = 0.0.0.0
port = 8000
debug = yes

[worker]
threads = 4
queue = jobs
ratio = 0.75
"""

cfg = configparser.ConfigParser()
cfg.read_string(TEXT)
print("sections:", cfg.sections())
for name in cfg.sections():
    section = cfg[name]
    print(f"[{name}]")
    for key in sorted(section):
        print(f"  {key} = {section[key]}")

print(cfg.getint("web", "port") + 1)
print(cfg.getboolean("web", "debug"), cfg.getboolean("worker", "debug"))
print(cfg.getfloat("worker", "ratio") * 100)
print(cfg.get("worker", "missing", fallback="n/a"))
with suppress(configparser.NoOptionError):
    cfg.get("worker", "missing")
    print("not reached")
with suppress(ValueError):
    cfg.getint("worker", "queue")
print("done; timeout for worker:", cfg["worker"].getint("timeout"))
