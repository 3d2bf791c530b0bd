# expect: accept
# why: round 28a look-alike: random's state saved and restored, a level name added and read back, and decimal's context set the documented way (prec, traps: allowed by design, the thread's own settings)
import decimal
import logging
import random

random.seed(7)
saved = random.getstate()
first = [random.randint(1, 6) for _ in range(5)]
random.setstate(saved)
again = [random.randint(1, 6) for _ in range(5)]
print(first, again, first == again)

logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName(logging.WARNING), logging.getLevelName("NOTICE"))

ctx = decimal.getcontext()
ctx.prec = 6
ctx.traps[decimal.Inexact] = True
try:
    print(decimal.Decimal(1) / decimal.Decimal(8))
    print(decimal.Decimal(1) / decimal.Decimal(7))
except decimal.Inexact:
    print("1/7 is inexact at 6 digits")
