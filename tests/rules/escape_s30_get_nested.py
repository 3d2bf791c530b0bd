# expect: reject store
# line: 8
# why: what dict.get hands back lies in the dict one level down: a store into it is a store into the dict's item
import sys, types
outer = {"k": [[]]}
h = outer.get("k")
h[0].append(sys.argv)
outer["k"][0][0].append("pwn")
print(sys.argv)
