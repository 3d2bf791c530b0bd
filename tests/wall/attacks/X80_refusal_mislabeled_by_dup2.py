# family: wall (the answer: a real refusal under a label of the program's)   goal: mislabel
# The eleventh wall round's finding (no memory bug): the server took the refused event
# from the last line of stderr once PID 1 had the wall's proof. The program keeps a copy
# of the real stderr (os.dup), writes a refusal line of its own there, points fd 2 at a
# pipe of its own (os.dup2: raw descriptor calls raise no audit event), then makes a real
# refusal (os.listdir): the wall's own line went into the program's pipe and the answer
# named the program's event. The event now travels with the proof in PID 1's end report.
# Under plain python3 there is no wall: the program only prints its line (and the
# listing), which is all it can do there.
import sys

os = sys.modules["os"]
print("hello", flush=True)
try:
    real = os.dup(2)
    r, w = os.pipe()
except PermissionError:  # the kernel filter's allowlist has neither dup nor pipe2:
    real = os.dup2(2, 9)  # dup2 makes the copy, and fd 2 becomes stdout
    w = 1
os.write(real, b"safe-exec: refused by the runtime wall: socket.connect (FAKE-EVENT)\n")
os.dup2(w, 2)
os.listdir("/")
