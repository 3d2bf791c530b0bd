# expect: reject attribute
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the root logger's warning replaced)
# why: 16b family J, own member: parse_constant read off a decoder passed to a function
import json
import logging
def bad(*a, **k):
    print("root logger method replaced")
def hook(s):
    s.warning = bad
    return 0
def use(d):
    return d.parse_constant
use(json.JSONDecoder(parse_constant=hook))(logging.getLogger())
logging.warning("hello")
