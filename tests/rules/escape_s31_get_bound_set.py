# expect: reject store
# line: 12
# why: st = p.set taken as a value: its calls keep arguments no hold sees, so plain_get is off (feeder_as_value)
import configparser
import sys
holder = []
p = configparser.RawConfigParser()
p.add_section("s")
st = p.set
st("s", "o", [holder])
h = p.get("s", "o")
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
