# expect: reject store
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir (BOOLEAN_STATES gains pwned)
# why: family F (ours): dict_type by position to RawConfigParser

import configparser
p = configparser.RawConfigParser(None, lambda: configparser.RawConfigParser.BOOLEAN_STATES, default_section="pwned")
print(sorted(configparser.RawConfigParser.BOOLEAN_STATES, key=str))
