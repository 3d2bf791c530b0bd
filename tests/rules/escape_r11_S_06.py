# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (re.MULTILINE carries the program's attribute: "pwned" printed)
# why: eleventh round (issue 13), family S (library calls handing back a shared object), found by tests/checker/shared_audit.py: the member handed back through a function of the program
import re


def flag(value):
    return re.RegexFlag(value)


flag(8).note = "pwned"
print(re.MULTILINE.note)
