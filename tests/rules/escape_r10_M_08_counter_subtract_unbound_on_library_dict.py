# expect: reject store
# line: 14
# verified: tenth static red team (round 10a), ok_08 (plain python3 3.11.7, temp dir: goal reached)
#
# Mechanism: family M' (a mutating method of a library class called unbound on a library dict: collections.Counter.subtract(d, keys) does d[k] = d.get(k, 0) - 1; 'subtract' is not on the store rule's list of mutating names)
# Goal reached: write into a standard-library container: RawConfigParser.BOOLEAN_STATES gains 'pwned' = -1
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   {'1': True, 'yes': True, 'true': True, 'on': True, '0': False, 'no': False, 'false': False, 'off': False, 'pwned': -1}
#   -1

import collections
import configparser

collections.Counter.subtract(configparser.RawConfigParser.BOOLEAN_STATES, ["pwned"])
print(configparser.RawConfigParser.BOOLEAN_STATES)
p = configparser.ConfigParser()
p.read_string("[s]\nflag = pwned\n")
print(p.getboolean("s", "flag"))
