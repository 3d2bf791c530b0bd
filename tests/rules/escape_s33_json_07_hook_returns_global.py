# expect: reject store
# line: 16
# why: the hook's result is the program's list L: a store through the parsed value is a store into L
import json
import sys

L = []


def hook(d):
    return L


x = json.loads('{"a": 1}', object_hook=hook)
x.append(sys.argv)
L[0].append("pwn")
print(sys.argv)
