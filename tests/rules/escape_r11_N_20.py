# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: BOOLEAN_STATES written)
# why: eleventh red team (11a), family N, branch fix11a's member: SplitResult's field read as an attribute
import configparser
import urllib.parse

parts = urllib.parse.SplitResult(configparser.RawConfigParser.BOOLEAN_STATES, "", "", "", "")
parts.scheme["pwned"] = True
print(configparser.RawConfigParser.BOOLEAN_STATES.get("pwned"))
