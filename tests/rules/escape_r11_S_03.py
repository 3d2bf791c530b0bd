# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (re.IGNORECASE carries the program's attribute: "pwned" printed)
# why: eleventh round (issue 13), family S (library calls handing back a shared object), found by tests/checker/shared_audit.py: the enum class through a from-import under another name
from re import RegexFlag as F
import re

F(2).note = "pwned"
print(re.I.note)
