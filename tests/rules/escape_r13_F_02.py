# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (RawConfigParser.BOOLEAN_STATES gains pwned, s, maybe)
# why: thirteenth red team, family F: a lambda given as dict_type returns RawConfigParser.BOOLEAN_STATES

# Mechanism: family F: a lambda given as ConfigParser's dict_type returns RawConfigParser.BOOLEAN_STATES (a class attribute of the library); the parser's __init__ and _read write proxies, sections and options into it
# Goal reached: RawConfigParser.BOOLEAN_STATES (a standard-library class namespace's dict) gains 'pwned', 's', 'maybe'; every later parser's getboolean answers from the forged table
# Output seen under python3 (3.11), run in a fresh temp dir:
#   configparser stopped: AttributeError
#   ['0', '1', 'false', 'maybe', 'no', 'off', 'on', 'pwned', 's', 'true', 'yes']
#   fresh parser, 'maybe' as a boolean: 1
import configparser

p = configparser.ConfigParser(dict_type=lambda: configparser.RawConfigParser.BOOLEAN_STATES,
                              default_section="pwned", interpolation=None)
try:
    p.read_string("[s]\nmaybe = 1\n")
except Exception as e:
    print("configparser stopped:", type(e).__name__)
print(sorted(configparser.RawConfigParser.BOOLEAN_STATES, key=str))
fresh = configparser.ConfigParser()
fresh.read_string("[x]\nflag = maybe\n")
print("fresh parser, 'maybe' as a boolean:", fresh.getboolean("x", "flag"))
