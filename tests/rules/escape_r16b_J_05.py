# expect: reject attribute
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the root logger's warning replaced)
# why: 16b family J, own member: getattr(dec, "parse_float") (a literal name)
import json
import logging
def bad(*a, **k):
    print("root logger method replaced")
def hook(s):
    s.warning = bad
    return 0.0
dec = json.JSONDecoder(parse_float=hook)
getattr(dec, "parse_float")(logging.getLogger())
logging.warning("hello")
