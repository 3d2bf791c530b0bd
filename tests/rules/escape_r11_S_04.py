# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (re.IGNORECASE carries the program's attribute: "pwned" printed)
# why: eleventh round (issue 13), family S (library calls handing back a shared object), found by tests/checker/shared_audit.py: a Flag operator whose result is one of its operands (re.I | re.I is re.I), through a name
import re

base = re.I
same = base | base
same.note = "pwned"
print(re.IGNORECASE.note)
