# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (planted printed: enum.STRICT written)
# why: eleventh red team (11b), family C, our own: enum's own FlagBoundary called with a value
import enum

b = enum.FlagBoundary("strict")
b.note = "planted"
print(enum.STRICT.note)
