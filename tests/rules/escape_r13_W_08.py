# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (BOOLEAN_STATES gains maybe)
# why: family W (ours): the table through a list and a loop

import collections, configparser
tables = [configparser.RawConfigParser.BOOLEAN_STATES]
for t in tables:
    collections.ChainMap().new_child(t, maybe=True)
print(configparser.RawConfigParser.BOOLEAN_STATES["maybe"])
