# expect: reject store
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir (BOOLEAN_STATES gains maybe)
# why: family W (ours): the bound new_child read through (its __call__), called with the table

import collections, configparser
collections.ChainMap().new_child.__call__(configparser.RawConfigParser.BOOLEAN_STATES, maybe=True)
print(configparser.RawConfigParser.BOOLEAN_STATES["maybe"])
