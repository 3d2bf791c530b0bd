# expect: reject store
# line: 10
# verified: own member of family V (plain python3 3.11.7, temp dir: BOOLEAN_STATES gains 'pwned'); why: ChainMap's | copies only its first map: the result's parents is a view of the library dict
#
import collections
import configparser

B = configparser.RawConfigParser.BOOLEAN_STATES

(collections.ChainMap({}, B) | {}).parents["pwned"] = True
print(B.get("pwned"))
