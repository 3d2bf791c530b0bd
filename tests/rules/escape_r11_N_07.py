# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (RawConfigParser.BOOLEAN_STATES written)
# why: eleventh red team (11a), family N, our own: urllib.parse.SplitResult, the argument handed back by a starred unpacking

import configparser
import urllib.parse

# every namedtuple class of urllib.parse: SplitResult, unpacked with a star
scheme, *rest = urllib.parse.SplitResult(configparser.RawConfigParser.BOOLEAN_STATES, "", "", "", "")
scheme["pwned"] = True
print(configparser.RawConfigParser.BOOLEAN_STATES.get("pwned"))
