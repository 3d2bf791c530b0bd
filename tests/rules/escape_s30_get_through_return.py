# expect: reject store
# line: 8
# why: d.get(k) returned by a function of the program is still d's item: a store through the call's result reaches d
import sys
def pick(d):
    return d.get("k")
d = {"k": []}
pick(d).append(sys.argv)
d["k"][0].append("pwn")
print(sys.argv)
