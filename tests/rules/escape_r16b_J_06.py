# expect: reject attribute
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the root logger's warning replaced)
# why: 16b family J, own member: operator.attrgetter("object_pairs_hook")
import json
import logging
import operator
def bad(*a, **k):
    print("root logger method replaced")
def hook(pairs):
    pairs.warning = bad
    return pairs
dec = json.JSONDecoder(object_pairs_hook=hook)
operator.attrgetter("object_pairs_hook")(dec)(logging.getLogger())
logging.warning("hello")
