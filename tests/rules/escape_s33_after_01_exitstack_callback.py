# expect: reject store
# line: 9
# why: ExitStack.callback(f, *args) calls f with the arguments after it: those still reach f's parameters
import contextlib
import sys


def put(target, value):
    target.append(value)


with contextlib.ExitStack() as es:
    es.callback(put, sys.argv, "pwn")
print(sys.argv)
