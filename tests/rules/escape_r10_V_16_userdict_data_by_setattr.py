# expect: reject store
# line: 12
# verified: own member of family V (plain python3 3.11.7, temp dir: BOOLEAN_STATES or keyword.kwlist gains 'pwned'); why: a library wrapper (ChainMap's maps, User*'s data) writes through into what it wraps
#
import collections
import configparser
import keyword

B = configparser.RawConfigParser.BOOLEAN_STATES

u = collections.UserDict()
setattr(u, "data", B)
u["pwned"] = True
print(B.get("pwned"), keyword.kwlist[-1])
