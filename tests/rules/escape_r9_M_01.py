# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (RawConfigParser.BOOLEAN_STATES extended; ConfigParser reads 'pwned' as True)
# why: round 9 family M: operator.methodcaller('update', {...}) applied to a library class's dict (RawConfigParser.BOOLEAN_STATES): a mutating method by name, applied where the checker cannot see to what

import configparser
import operator

operator.methodcaller("update", {"pwned": True})(configparser.RawConfigParser.BOOLEAN_STATES)
print(configparser.RawConfigParser.BOOLEAN_STATES)
c = configparser.ConfigParser()
c.read_string("[s]\nflag = pwned\n")
print(c.getboolean("s", "flag"))
