# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (re.IGNORECASE carries the program's attribute: "pwned" printed)
# why: eleventh round (issue 13), family S (library calls handing back a shared object), found by tests/checker/shared_audit.py: an enum class of the library called with a value hands back its member, the module's own object: an attribute set on re.RegexFlag(2) is set on re.IGNORECASE
import re

flag = re.RegexFlag(2)
flag.note = "pwned"
print(re.IGNORECASE.note)
