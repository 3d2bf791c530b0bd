# expect: reject store
# line: 9
# why: round 56: partial(K, x=holder)(): class_call callback, keyword
import sys
holder = []
import functools
class K:
    def __init__(self, x):
        x.append(sys.argv)
functools.partial(K, x=holder)()
holder[0].append('pwn')
print(sys.argv)
