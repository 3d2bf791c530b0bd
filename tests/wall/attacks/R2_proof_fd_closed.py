# family: wall (the refusal's proof, kept from PID 1)   goal: hidden
# ok_04's sibling: os.close(4) (no audit event) closed the write end of the proof
# pipe the runner held, so refuse()'s write failed (EBADF) and a real refusal showed
# as a plain exit 126. The answer must still say "Refused by the runtime wall".
import sys

os = sys.modules["os"]
try:
    os.close(4)
except OSError:
    pass
print("PROOF-TAMPERED: fd 4 closed", flush=True)
os.system("id")
