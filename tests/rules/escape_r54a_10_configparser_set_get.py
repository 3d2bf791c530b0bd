# expect: reject store
# line: 13
# why: round 54a: RawConfigParser.set(s, o, X) keeps X where get hands it back: set, put and put_nowait alias their argument into the receiver (KEEPERS, found by get_audit)
# goal: write into a library module namespace (sys.argv)
# mechanism: RawConfigParser.set keeps any value; the checker does not put set()'s value into p, and takes p.get(s, o) for an item of p one level down (plain_get)
import sys, configparser
holder = []
p = configparser.RawConfigParser()
p.add_section("s")
p.set("s", "o", [holder])
h = p.get("s", "o")
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
