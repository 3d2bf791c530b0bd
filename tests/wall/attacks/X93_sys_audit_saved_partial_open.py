# family: wall (the answer: an event the program raised itself, sys.audit)   goal: claim   claim: open
# ok_02 through a saved reference wrapped in functools.partial (a C callable: no frame
# of its own between the caller and sys.audit). The reference is the wall's, saved by
# the program after arming; the original is held by the wall's constants alone.
import functools
import sys

saved = sys.audit
raise_open = functools.partial(saved, "open")
raise_open("/etc/shadow", "r", 0)
print("NOTHING-DONE")
