# family: wall (the answer: an event the program raised itself, sys.audit)   goal: claim   claim: socket.connect
# ok_02 through a standard library statement that does raise an event by name:
# os.walk's sys.audit("os.walk", top, ...). The program replaces os's `sys` (a module
# attribute store raises no event) with a class whose audit is
# functools.partial(sys.audit, "socket.connect"): the call comes straight from that
# statement, but the name it raises is not the statement's own ("os.walk"), so it is
# the program's.
import functools
import sys

os = sys.modules["os"]


class Fake:
    audit = functools.partial(sys.audit, "socket.connect")


real_sys, os.sys = os.sys, Fake
print(list(os.walk("/nonexistent")))
os.sys = real_sys
print("NOTHING-DONE")
