# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a later ~re.I carries the program's attribute: "pwned" printed)
# why: eleventh round (issue 13), family S (library calls handing back a shared object), found by tests/checker/shared_audit.py: ~ on a library flag: the complement is a composite the class caches and hands out again
import re

inv = ~re.I
inv.note = "pwned"
print((~re.I).note)
