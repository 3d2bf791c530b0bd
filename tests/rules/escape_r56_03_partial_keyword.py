# expect: reject store
# line: 8
# why: round 56: functools.partial(store, x=holder)(): same fan_arg keyword bug
import sys
holder = []
import functools
def store(x):
    x.append(sys.argv)
functools.partial(store, x=holder)()
holder[0].append('pwn')
print(sys.argv)
