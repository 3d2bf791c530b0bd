# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (BOOLEAN_STATES gains pwned)
# why: family F (ours): a lambda returning what a held accessor hands back

import configparser
tables = {"t": configparser.RawConfigParser.BOOLEAN_STATES}
pick = tables.get
p = configparser.ConfigParser(dict_type=lambda: pick("t"), default_section="pwned")
print(sorted(configparser.RawConfigParser.BOOLEAN_STATES, key=str))
