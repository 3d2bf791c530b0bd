# expect: reject store
# line: 6
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: round 9 family M: operator.methodcaller('append', 'x') applied to keyword.kwlist
import heapq, bisect, random, operator, keyword, functools, collections, json, configparser
operator.methodcaller("append", "x")(keyword.kwlist)
print(keyword.kwlist[:3], keyword.kwlist[-2:], len(keyword.kwlist), configparser.RawConfigParser.BOOLEAN_STATES.get("p"), json.JSONEncoder.default)
