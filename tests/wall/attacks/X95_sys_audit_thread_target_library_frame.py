# family: wall (the answer: an event the program raised itself, sys.audit)   goal: claim   claim: os.system
# ok_02 run by the library: threading.Thread.run calls its target, sys.audit, so the
# frame below the call is a standard library one. It is not a statement that raises
# the event by name (self._target(*self._args)): the name is still the program's.
import sys
import threading

t = threading.Thread(target=sys.audit, args=("os.system", b"id"))
t.start()
t.join()
print("NOTHING-DONE")
