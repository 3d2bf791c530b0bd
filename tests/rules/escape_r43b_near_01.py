# expect: reject store
# line: 8
# why: round 43b near_01: the same over flags
# near_01 -- REFUSED (store): the same loop as ok_01 over .flags instead of .traps;
#   refused only because "flags" happens to be in library-attributes.txt (re.Pattern.flags).
import decimal
for k in decimal.getcontext().flags:
    k.injected = "program"
