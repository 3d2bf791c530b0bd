# expect: reject store
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir (BOOLEAN_STATES gains maybe)
# why: family W (ours): operator.methodcaller('new_child', TABLE)

import collections, configparser, operator
operator.methodcaller("new_child", configparser.RawConfigParser.BOOLEAN_STATES, maybe=True)(collections.ChainMap())
print(configparser.RawConfigParser.BOOLEAN_STATES["maybe"])
