# expect: reject dunder
# line: 24
# verified: ninth static red team, ok_02 (plain python3 3.11.7, temp dir: goal reached)
#
# Family N (copy reconstruction through a program __new__): copy.deepcopy of an instance of a 
# closed program class K. K defines __getnewargs__ (dunder-define) and __new__ (allowed). 
# object.__reduce_ex__(4) then gives (copyreg.__newobj__, (K, *newargs), state, listitems, 
# dictitems), and copy._reconstruct calls K.__new__(K, *newargs). That __new__ returns a 
# standard-library object instead of a K, and copy writes the copied state into it. No store is 
# spelled on the library object, so the store rule never judges a write: the __new__ return is 
# not a store, and the writes are done by copy.  Here K is a dict subclass, so copy passes 
# dictitems and does y[key] = value on the y that __new__ returned: 
# configparser.RawConfigParser.BOOLEAN_STATES, a class-level dict.
# Goal reached: write into a standard-library class namespace's container: RawConfigParser.BOOLEAN_STATES gains 'pwned', and every ConfigParser now reads it as True
# Output under python3 (3.11.7, throw-away temp dir):
#   {'1': True, 'yes': True, 'true': True, 'on': True, '0': False, 'no': False, 'false': False, 'off': False, 'pwned': True}
#   True

import configparser
import copy


class K(dict):
    def __new__(cls, *args):
        if args:
            return configparser.RawConfigParser.BOOLEAN_STATES
        return super().__new__(cls)

    def __init__(self):
        super().__init__()
        self["pwned"] = True

    def __getnewargs__(self):
        return ("x",)


copy.deepcopy(K())
print(configparser.RawConfigParser.BOOLEAN_STATES)
c = configparser.ConfigParser()
c.read_string("[s]\nflag = pwned\n")
print(c.getboolean("s", "flag"))
