# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a later re.M | re.I carries the program's attribute: "pwned" printed)
# why: eleventh round (issue 13), family S (library calls handing back a shared object), found by tests/checker/shared_audit.py: enum.Flag's operators hand back the class's own members and cache the composites they make: re.I | re.M is the same object everywhere
import re

both = re.I | re.M
both.note = "pwned"
print((re.M | re.I).note)
