# expect: reject builtin
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (BOOLEAN_STATES gains maybe)
# why: family W (ours): new_child fetched by getattr with a computed name whose literal prefix completes to it

import collections, configparser
tail = "child"
getattr(collections.ChainMap(), "new_" + tail)(configparser.RawConfigParser.BOOLEAN_STATES, maybe=True)
print(configparser.RawConfigParser.BOOLEAN_STATES["maybe"])
