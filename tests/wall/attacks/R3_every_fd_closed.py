# family: wall (the refusal's proof, kept from PID 1)   goal: hidden
# ok_04's sibling: the proof's descriptor need not be known: closing every descriptor
# from 3 to 64 (os.close raises no audit event) takes it wherever it is. The answer
# must still say "Refused by the runtime wall".
import sys

os = sys.modules["os"]
closed = 0
for fd in range(3, 65):
    try:
        os.close(fd)
        closed += 1
    except OSError:
        pass
print("PROOF-TAMPERED: closed", closed, flush=True)
os.system("id")
