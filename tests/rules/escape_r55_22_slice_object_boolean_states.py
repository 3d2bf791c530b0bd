# expect: reject store
# line: 10
# why: round 55: item target with a slice-object index (loose_level): bind_targets_up counts the target's level (d++) but aliases the value without iter+1, so d[s] = [holder] links holder two levels under d instead of one
import configparser
s = slice(0, 1)
holder = []
d = [0]
d[s] = [holder]
d[0].append(configparser.RawConfigParser.BOOLEAN_STATES)
holder[0]["pwned"] = True
print(configparser.RawConfigParser.BOOLEAN_STATES)
