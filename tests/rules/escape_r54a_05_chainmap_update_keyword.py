# expect: reject store
# line: 11
# why: round 54a: ChainMap().update(k=[holder]): the keyword's value is the item
# goal: write into a library module namespace (sys.argv)
# mechanism: ChainMap.update(k=V) (MutableMapping.update): keyword values never held by the ChainMap
import sys, collections
holder = []
c = collections.ChainMap()
c.update(k=[holder])
h = c["k"]
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
