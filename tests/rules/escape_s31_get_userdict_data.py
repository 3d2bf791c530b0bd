# expect: reject store
# line: 8
# why: u.data = {...} then u.get: UserDict's storage replaced
import collections
import sys
holder = []
u = collections.UserDict()
u.data = {"k": [holder]}
h = u.get("k")
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
