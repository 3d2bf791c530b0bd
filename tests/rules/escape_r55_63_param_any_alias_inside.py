# expect: reject store
# line: 11
# why: round 55: inside the function: y = max([x]) is an ALIAS_ANY link, so in_alias_events never hands the parameter's "#in" (the caller's stores) to y's #held (rev needs two_way)
import sys
def put(x, v):
    y = max([x])
    y.append(v)
holder = []
d = []
put(d, holder)
d[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
