# expect: reject store
# line: 8
# why: family of round 43b ok_01: a local context's traps
import decimal

with decimal.localcontext() as c:
    for k in c.traps:
        k.injected = "written by the program"
print(getattr(decimal.Clamped, "injected", None))
