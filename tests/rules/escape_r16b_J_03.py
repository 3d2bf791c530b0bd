# expect: reject attribute
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the root logger's warning replaced)
# why: 16b family J, own member: parse_int read off the decoder into a name, then called
import json
import logging
def bad(*a, **k):
    print("root logger method replaced")
def hook(s):
    s.warning = bad
    return 0
dec = json.JSONDecoder(parse_int=hook)
f = dec.parse_int
f(logging.getLogger())
logging.warning("hello")
