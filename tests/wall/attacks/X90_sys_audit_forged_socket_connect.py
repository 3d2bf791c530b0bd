# family: wall (the answer: an event the program raised itself, sys.audit)   goal: claim   claim: socket.connect
# The twelfth wall round's ok_02 (no memory bug): sys.audit is allowed, raises no
# event of its own and hands the hook any name and arguments its caller chooses. The
# hook refused "socket.connect" as it would a real connect, and refuse() stored the
# proof and that name: the answer was a proven "Refused by the runtime wall:
# socket.connect" for a program that made no socket and only printed 2 + 2. The
# program's sys.audit now raises "sys.audit" with the name as its argument, labelled
# `sys.audit ("socket.connect")`.
# Under plain python3 there is no hook: sys.audit does nothing and the program goes on.
import sys

print("2 + 2 =", 2 + 2, flush=True)
sys.audit("socket.connect", None, ("10.0.0.5", 22))
print("NOTHING-DONE")
