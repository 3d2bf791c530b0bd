# family: wall (the answer: an event the program raised itself, sys.audit)   goal: claim   claim: socket.connect
# ok_02 with a C caller: map calls sys.audit, so the Python frame below the call is
# the program's list() line, not a statement that names the event.
import sys

list(map(sys.audit, ["socket.connect"], [("10.0.0.5", 22)]))
print("NOTHING-DONE")
