# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (BOOLEAN_STATES gains maybe and pwned)
# why: families W and F (ours): new_child and dict_type spelled with fullwidth letters (NFKC makes them the same names)

import collections
import configparser

collections.ChainMap().ｎｅｗ_child(configparser.RawConfigParser.BOOLEAN_STATES, maybe=True)
p = configparser.ConfigParser(dict_ｔｙｐｅ=lambda: configparser.RawConfigParser.BOOLEAN_STATES, default_section="pwned")
print(sorted(configparser.RawConfigParser.BOOLEAN_STATES, key=str))
