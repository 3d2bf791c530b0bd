# expect: reject store
# line: 12
# why: functools.partial(p.set, ...) fills the parser unseen: a feeder taken as a value
import configparser
import functools
import sys
holder = []
p = configparser.RawConfigParser()
p.add_section("s")
functools.partial(p.set, "s", "o")([holder])
h = p.get("s", "o")
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
