# expect: reject store
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir (BOOLEAN_STATES gains maybe)
# why: family W (ours): new_child taken as a value, then called

import collections, configparser
nc = collections.ChainMap().new_child
nc(configparser.RawConfigParser.BOOLEAN_STATES, maybe=True)
print(configparser.RawConfigParser.BOOLEAN_STATES["maybe"])
