# expect: reject store
# line: 12
# why: ChainMap.get answers through a mapping's __getitem__ of the program, whose returns are linked at any depth
import sys
from collections import ChainMap
class M(dict):
    def __getitem__(self, k):
        return [holder]
holder = []
cm = ChainMap(M(a=1))
h = cm.get("a")
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
