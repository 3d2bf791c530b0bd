# expect: reject store
# line: 13
# why: json.loads hands back what its object_hook returns: here sys.argv
import json
import sys


def hook(d):
    return sys.argv


x = json.loads('{"a": 1}', object_hook=hook)
x.append("pwn")
print(sys.argv)
