# family: wall (the refusal's proof, kept from PID 1)   goal: hidden
# ok_04's sibling without filling, closing or replacing anything: PID 1 took the
# proof pipe's last 16 bytes for the proof, and refuse() wrote the secret there, then
# its line to fd 2. Here fd 2 is a pipe of the program's own (os.dup2 raises no audit
# event), and a thread waits in os.splice (no event either) to move what arrives there
# into fd 4: refuse()'s own line lands after the secret, in the kernel, before the
# exit, whatever the interpreter lock does. The line never reaches stderr; the answer
# must still say "Refused by the runtime wall".
import sys
import threading
import time

os = sys.modules["os"]
try:
    r, w = os.pipe()
except PermissionError:  # the kernel filter's allowlist has no pipe2 nor splice: fd
    r, w = None, 1       # 2 becomes stdout (dup2 is allowed), no relay
started = threading.Event()


def relay():
    started.set()
    try:
        os.splice(r, 4, 1 << 16)
    except (OSError, TypeError):  # no fd 4 (plain python3, or no proof pipe), no pipe
        pass


threading.Thread(target=relay, daemon=True).start()
started.wait()
time.sleep(0.05)  # the thread is in its splice
print("PROOF-TAMPERED: relay waiting", flush=True)
os.dup2(w, 2)
os.system("id")
