# expect: accept
import re


def format_phone(raw):
    digits = re.sub(r"\D", "", raw)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        return None
    return "({}) {}-{}".format(digits[:3], digits[3:6], digits[6:])


for raw in ["555.123.4567", "+1 (555) 987-6543", "12345"]:
    print(raw, "->", format_phone(raw))
