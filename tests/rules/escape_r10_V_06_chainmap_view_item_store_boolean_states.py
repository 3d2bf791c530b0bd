# expect: reject store
# line: 15
# verified: tenth static red team (round 10a), ok_06 (plain python3 3.11.7, temp dir: goal reached)
#
# Mechanism: family V (library views written through: collections.ChainMap is taken as a new value, a module whose results are 'objects whose attributes are their arguments', but ChainMap(d)[k] = v writes into d itself; item stores on the view are stores on a new value for the store rule)
# Goal reached: write into a standard-library container: configparser.RawConfigParser.BOOLEAN_STATES gains 'pwned' (getboolean accepts it)
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   {'1': True, 'yes': True, 'true': True, 'on': True, '0': False, 'no': False, 'false': False, 'off': False, 'pwned': True}
#   True

import collections
import configparser

view = collections.ChainMap(configparser.RawConfigParser.BOOLEAN_STATES)
view["pwned"] = True
print(configparser.RawConfigParser.BOOLEAN_STATES)
p = configparser.ConfigParser()
p.read_string("[s]\nflag = pwned\n")
print(p.getboolean("s", "flag"))
