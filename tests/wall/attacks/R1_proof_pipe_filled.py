# family: wall (the refusal's proof, kept from PID 1)   goal: hidden
# The tenth wall round's ok_04: a refusal was proven to PID 1 by a secret written to a
# pipe whose write end the runner held (fd 4), and os.set_blocking/os.write raise no
# audit event: the program filled the pipe, refuse()'s write failed, and a real
# refusal showed as "Process exited with code 126". This program fills every
# descriptor it may hold (3..63) that takes a non-blocking write, then does what the
# wall refuses: the answer must still say "Refused by the runtime wall".
import sys

os = sys.modules["os"]
filled = 0
for fd in range(3, 64):
    try:
        os.set_blocking(fd, False)
        for _ in range(256):  # 1 MiB at most: a pipe takes 64 KiB
            filled += os.write(fd, b"\0" * 4096)
    except OSError:  # EBADF, EAGAIN (full), EINVAL...
        pass
print("PROOF-TAMPERED: filled", filled, flush=True)
os.system("id")
