# expect: reject memory
# line: 13
# verified: under the image's python3.11 (3.11.2) the process aborts (exit 134, deallocating
#   None)
# Mechanism: gh-115618, as escape_r8_memory_13.
# This member: the deleter fetched by getattr with a literal name and handed to map, so no
#   call of .deleter is written.
# Checker before the rule: exit 0 (accepted)
import itertools

p = property()
nothing = itertools.repeat(None, 200000)
copies = map(getattr(p, "deleter"), nothing)
for _ in copies:
    pass
print("survived")
