# expect: accept
# why: eleventh round (issue 13), family S: library flags combined and passed on, the program's own Flag enum's members and their combinations written, a logger of the program's own name configured, the thread's decimal context set, bitwise arithmetic on numbers: none is a store into a shared library object
import decimal
import enum
import logging
import re


class Perm(enum.Flag):
    R = 1
    W = 2


rw = Perm.R | Perm.W
rw.label = "read-write"
flags = re.I | re.M
pattern = re.compile(r"^a", flags)
print(bool(pattern.search("x\nA")), re.RegexFlag(2) in flags, rw.label)
log = logging.getLogger("inventory.db")
log.propagate = False
decimal.getcontext().prec = 10
mask = 0b1010 | 0b0101
print(mask, decimal.Decimal(1) / decimal.Decimal(3))
