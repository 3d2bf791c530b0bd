# family: wall (the refusal's proof, kept from PID 1)   goal: hidden
# ok_04's sibling: os.dup2 (no audit event) puts a pipe of the program's own on fd 4,
# where the proof pipe's write end was: refuse() then wrote the secret to the
# program's pipe, not to PID 1's. The answer must still say "Refused by the runtime
# wall".
import sys

os = sys.modules["os"]
try:
    r, w = os.pipe()
except PermissionError:  # the kernel filter's allowlist has no pipe2: a copy of
    r, w = None, os.dup2(1, 9)  # stdout (dup2 is allowed) is the program's own
os.dup2(w, 4)
if w != 4:
    os.close(w)
print("PROOF-TAMPERED: fd 4 replaced", flush=True)
os.system("id")
