# expect: reject store
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir (RawConfigParser.BOOLEAN_STATES gains pwned)
# why: eleventh red team (11a), family H: UserDict.copy updates what the program's __copy__ returns
# Mechanism: UserDict.copy() in a subclass runs copy.copy(self), which returns the program's __copy__ result (a library dict), then does c.update(self) on it: the library writes the program's items into it. The store rule sees only a non-mutating .copy() call.
# Goal reached: write into a standard-library container: RawConfigParser.BOOLEAN_STATES gains 'pwned' (every ConfigParser then accepts it as a boolean)
# Output under python3 (3.11.7), run in a fresh temp dir under env -i PATH=/usr/bin:/bin HOME=$tmpdir:
#   True True

import collections
import configparser

B = configparser.RawConfigParser.BOOLEAN_STATES


class U(collections.UserDict):
    def __copy__(self):
        return B


U({"pwned": True}).copy()
cp = configparser.ConfigParser()
cp.read_string("[s]\nflag = pwned\n")
print("pwned" in configparser.RawConfigParser.BOOLEAN_STATES, cp.getboolean("s", "flag"))
