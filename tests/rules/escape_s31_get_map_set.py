# expect: reject store
# line: 11
# why: map(p.set, ...) calls the bound setter with the list's elements: a feeder taken as a value
import configparser
import sys
holder = []
p = configparser.RawConfigParser()
p.add_section("s")
list(map(p.set, ["s"], ["o"], [[holder]]))
h = p.get("s", "o")
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
