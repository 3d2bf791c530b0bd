# expect: reject store
# line: 12
# why: p.set('s', 'o', value=[holder]): the keyword's value is kept
import configparser
import sys
holder = []
p = configparser.RawConfigParser()
p.add_section("s")
p.set("s", "o", value=[holder])
h = p.get("s", "o")
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
