# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (BOOLEAN_STATES gains maybe)
# why: family W (ours): methodcaller under a from-import alias names new_child

import collections, configparser
from operator import methodcaller as mc
mc("new_child", configparser.RawConfigParser.BOOLEAN_STATES, maybe=True)(collections.ChainMap())
print(configparser.RawConfigParser.BOOLEAN_STATES["maybe"])
