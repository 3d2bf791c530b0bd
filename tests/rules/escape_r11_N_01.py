# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir (RawConfigParser.BOOLEAN_STATES written)
# why: eleventh red team (11a), family N: a library namedtuple class (urllib.parse.DefragResult) holds its argument itself as an item; unpacked, it hands back RawConfigParser.BOOLEAN_STATES

# Mechanism: builds_new (stores.c, level 0): a capitalised module class is 'new, holding its positional arguments' parts at the same depth', but a library namedtuple class (urllib.parse.DefragResult, SplitResult, ParseResult, statistics.LinearRegression...) holds each positional argument itself as an item, one level in. Unpacking DefragResult(B, '') hands back B, and the item store is judged as a store into the program's own new value.
# Goal reached: write into a standard-library container: RawConfigParser.BOOLEAN_STATES['pwned'] = True
# Output under python3 (3.11.7), run in a fresh temp dir under env -i PATH=/usr/bin:/bin HOME=$tmpdir:
#   True

import configparser
import urllib.parse

url, frag = urllib.parse.DefragResult(configparser.RawConfigParser.BOOLEAN_STATES, "")
url["pwned"] = True
print(configparser.RawConfigParser.BOOLEAN_STATES.get("pwned"))
