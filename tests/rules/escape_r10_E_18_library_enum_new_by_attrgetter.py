# expect: reject dunder
# line: 14
# verified: own member of family E (plain python3 3.11.7, temp dir: BOOLEAN_STATES gains 'pwned'); why: a library enum class's __new__ (re.RegexFlag's, enum.Enum.__new__) read by a literal name, then called with a program class holding a library dict in its table
#
import configparser
import operator
import re


class M:
    _value2member_map_ = {1: configparser.RawConfigParser.BOOLEAN_STATES}


operator.attrgetter("__new__")(re.RegexFlag)(M, 1).update(pwned=True)
print(configparser.RawConfigParser.BOOLEAN_STATES)
