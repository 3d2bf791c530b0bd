# expect: reject store
# line: 10
# why: round 55: item target with a slice-object index (loose_level): bind_targets_up counts the target's level (d++) but aliases the value without iter+1, so d[s] = [holder] links holder two levels under d instead of one
import sys
holder = []
d = [0]
for s in [slice(None)]:
    d[s] = [holder]
d[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
