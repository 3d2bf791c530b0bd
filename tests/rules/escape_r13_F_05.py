# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (BOOLEAN_STATES gains pwned)
# why: family F (ours): dict_type by position to a program subclass of a subclass of ConfigParser, a def returning the table

import configparser
class P(configparser.ConfigParser):
    pass
class Q(P):
    pass
def table():
    return configparser.RawConfigParser.BOOLEAN_STATES
q = Q(None, table, default_section="pwned")
print(sorted(configparser.RawConfigParser.BOOLEAN_STATES, key=str))
