# expect: reject match
# line: 27
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family A: a dotted value pattern or mapping-pattern key whose root is no import (a star-imported name, a program subclass of a library class, cls, an alias, a for target) hands a library method, class or container to the subject's __eq__ or get (the red team's program)
# Mechanism: as ok_02 (a program subclass's name as the pattern root is no import binding), with a 
# library class attribute's mutating bound method: K derives from configparser.RawConfigParser; 'case 
# {K.BOOLEAN_STATES.update: _}' hands RawConfigParser.BOOLEAN_STATES.update (the library's shared 
# dict) to the program's get(); calling it writes into configparser's table (every parser's 
# getboolean now accepts 'pwned').
# Goal reached: a write into a namespace of the standard library 
# (configparser.RawConfigParser.BOOLEAN_STATES gained 'pwned': True).
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD dc5a2f6
# No dunder name is given to a builtin at run time.
# Output seen under python3 (3.11), run in a fresh temp dir:
#   {'1': True, 'yes': True, 'true': True, 'on': True, '0': False, 'no': False, 'false': False, 'off': False, 'pwned': True}
import configparser

class K(configparser.RawConfigParser):
    pass

class Grab(dict):
    def get(self, k, d=None):
        raise LookupError(k)

try:
    match Grab(a=1):
        case {K.BOOLEAN_STATES.update: _}:
            pass
except Exception as e:
    f = e.args[0]
f({"pwned": True})
print(configparser.RawConfigParser.BOOLEAN_STATES)
