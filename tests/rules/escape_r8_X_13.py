# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (RawConfigParser.BOOLEAN_STATES written)
# why: family X: an item of a library-made object is library-made: a ConfigParser's section proxy's parser is the ConfigParser, whose BOOLEAN_STATES is the class-level dict of RawConfigParser.
import configparser

c = configparser.ConfigParser()
c["DEFAULT"].parser.BOOLEAN_STATES["pwned"] = True
print("PWNED:", configparser.RawConfigParser.BOOLEAN_STATES)
