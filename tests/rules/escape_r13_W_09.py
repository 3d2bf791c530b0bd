# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (BOOLEAN_STATES gains pwned)
# why: family W (ours): super().new_child(m=...) in a subclass, the table a method's parameter

import collections
import configparser

class C(collections.ChainMap):
    def plant(self, table):
        return super().new_child(m=table, pwned=1)

C().plant(configparser.RawConfigParser.BOOLEAN_STATES)
print(configparser.RawConfigParser.BOOLEAN_STATES["pwned"])
