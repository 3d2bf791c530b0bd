# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (logging's registry gains DEFAULT and asyncio)
# why: family F (ours): a lambda held in a variable, a callable the checker does not see through

import configparser
import logging

registry = lambda: logging.Logger.manager.loggerDict
p = configparser.ConfigParser(dict_type=registry, interpolation=None)
try:
    p.read_string("[asyncio]\nx = 1\n")
except Exception as e:
    print("stopped:", type(e).__name__)
print(sorted(logging.Logger.manager.loggerDict))
