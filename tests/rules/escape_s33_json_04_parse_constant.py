# expect: reject store
# line: 13
# why: a parse_constant hook's result lies in the parsed value
import json
import sys


def konst(name):
    return sys.argv


x = json.loads("[NaN]", parse_constant=konst)
x[0].append("pwn")
print(sys.argv)
