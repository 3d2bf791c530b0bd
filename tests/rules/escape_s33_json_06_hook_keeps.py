# expect: reject store
# line: 18
# why: what the hook keeps is the parsed value's own part, and what else the program puts beside it stays its own
import json
import sys

kept = []


def hook(d):
    kept.append(d)
    return d


x = json.loads('{"a": {"b": 1}}', object_hook=hook)
kept.append(sys.argv)
x["a"]["c"] = 1
kept[-1].append("pwn")
print(sys.argv)
