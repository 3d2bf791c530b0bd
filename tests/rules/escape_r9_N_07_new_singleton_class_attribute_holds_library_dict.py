# expect: reject dunder
# line: 18
# verified: reaches its goal under plain python3 (3.11.7) in a temp dir
# why: the singleton shape: __new__ returns cls.instance, a class attribute the
#   program later sets to RawConfigParser.BOOLEAN_STATES; copy writes K's dict items
#   into it
# Goal reached: RawConfigParser.BOOLEAN_STATES gains 'pwned' (every ConfigParser reads it as True)
# Output under python3:
#   True

import configparser
import copy


class K(dict):
    instance = None

    def __new__(cls, *args):
        if cls.instance is not None:
            return cls.instance
        return super().__new__(cls)

    def __init__(self):
        super().__init__()
        self["pwned"] = True


k = K()
K.instance = configparser.RawConfigParser.BOOLEAN_STATES
copy.deepcopy(k)
c = configparser.ConfigParser()
c.read_string("[s]\nflag = pwned\n")
print(c.getboolean("s", "flag"))
