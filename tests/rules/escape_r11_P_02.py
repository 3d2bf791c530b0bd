# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: BOOLEAN_STATES written)
# why: eleventh red team (11b), found while narrowing super(): super(C, C) hands out dict's plain __setitem__, which writes into its first argument
import configparser


class D(dict):
    pass


super(D, D).__setitem__(configparser.RawConfigParser.BOOLEAN_STATES, "pwned", True)
print(configparser.RawConfigParser.BOOLEAN_STATES.get("pwned"))
