# expect: reject store
# line: 9
# why: round 56: partial(K().store, x=holder)(): bound method, keyword
import sys
holder = []
import functools
class K:
    def store(self, x):
        x.append(sys.argv)
functools.partial(K().store, x=holder)()
holder[0].append('pwn')
print(sys.argv)
