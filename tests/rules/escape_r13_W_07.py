# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (BOOLEAN_STATES gains maybe)
# why: family W (ours): a class pattern captures the bound new_child

import collections, configparser
match collections.ChainMap():
    case collections.ChainMap(new_child=nc):
        nc(configparser.RawConfigParser.BOOLEAN_STATES, maybe=True)
print(configparser.RawConfigParser.BOOLEAN_STATES["maybe"])
