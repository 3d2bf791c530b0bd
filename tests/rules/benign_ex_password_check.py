# expect: accept
import re
import string


def strength(pw):
    checks = [
        len(pw) >= 12,
        any(c.islower() for c in pw),
        any(c.isupper() for c in pw),
        any(c.isdigit() for c in pw),
        any(c in string.punctuation for c in pw),
        not re.search(r"(.)\1\1", pw),
    ]
    return sum(checks), len(checks)


for pw in ["hunter2", "CorrectHorseBatteryStaple", "Tr0ub4dor&3xyz", "aaaBBB111!!!"]:
    score, total = strength(pw)
    print(f"{pw:<28} {score}/{total}")
