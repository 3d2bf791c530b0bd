# expect: reject store
# line: 7
# why: family of round 43b ok_01: a new Context's traps, by items()
import decimal

k, v = next(iter(decimal.Context().traps.items()))
k.injected = "written by the program"
print(getattr(k, "injected", None))
