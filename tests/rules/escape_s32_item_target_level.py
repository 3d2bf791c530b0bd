# expect: reject store
# line: 9
# why: d[0] = h puts h one level down in d, where d[0][0] = M then writes into h (the item target's alias was one level too deep)
import sys
d = [0]
holder = [0]
d[0] = holder
d[0][0] = sys.argv
holder[0].append("pwn")
print(sys.argv)
