# expect: accept
# why: a nested list of a value json.loads parsed with the program's object_hook is the program's own
import json


def decode_hook(d):
    return d


order = json.loads('{"lines": [{"qty": 2}]}', object_hook=decode_hook)
order["lines"].append({"qty": 1})
