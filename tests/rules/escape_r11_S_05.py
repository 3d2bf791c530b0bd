# expect: reject store
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir (enum.STRICT carries the program's attribute: "pwned" printed)
# why: eleventh round (issue 13), family S (library calls handing back a shared object), found by tests/checker/shared_audit.py: enum's own FlagBoundary called with a value hands back enum.STRICT
import enum

enum.FlagBoundary("strict").note = "pwned"
print(enum.STRICT.note)
