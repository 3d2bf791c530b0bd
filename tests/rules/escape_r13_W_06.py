# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (BOOLEAN_STATES gains maybe)
# why: family W (ours): the table handed through a splat

import collections, configparser
args = [configparser.RawConfigParser.BOOLEAN_STATES]
collections.ChainMap().new_child(*args, maybe=True)
print(configparser.RawConfigParser.BOOLEAN_STATES["maybe"])
