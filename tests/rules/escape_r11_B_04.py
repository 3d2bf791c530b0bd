# expect: reject store
# line: 21
# verified: reaches its goal under plain python3 (3.11) in a temp dir (RawConfigParser.BOOLEAN_STATES written)
# why: eleventh red team (11a), family B: a program class's attribute named Enum holding a library class, as a base
# Mechanism: Class-base walk, INERT_BASES by name, attribute form: the base 'Box.Enum' is an attribute whose last part is 'Enum', so it is skipped as inert although Box.Enum is configparser.RawConfigParser (a program class attribute). K() is then not library-made and K().BOOLEAN_STATES is the program's own.
# Goal reached: write into a standard-library container: RawConfigParser.BOOLEAN_STATES['pwned'] = True
# Output under python3 (3.11.7), run in a fresh temp dir under env -i PATH=/usr/bin:/bin HOME=$tmpdir:
#   True

import configparser


class Box:
    Enum = configparser.RawConfigParser


class K(Box.Enum):
    pass


K().BOOLEAN_STATES["pwned"] = True
print(configparser.RawConfigParser.BOOLEAN_STATES.get("pwned"))
