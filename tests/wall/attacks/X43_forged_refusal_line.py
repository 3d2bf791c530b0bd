# family: wall (the answer: a refusal the wall did not make)   goal: forged
# The ninth wall round's finding: the server took exit status 126 with the wall's line
# last on stderr for a refusal, so a program could make its answer claim one ("Refused
# by the runtime wall: ...") that never happened. The wall now proves a refusal to PID 1
# with a secret of the container written to a pipe only PID 1 reads; this program
# prints the line, writes guesses to every descriptor it may hold (raw fd writes
# raise no event, so it can reach the pipe: it cannot know the secret) and exits 126.
import sys

os = sys.modules["os"]
for fd in range(3, 64):
    try:
        os.set_blocking(fd, False)
        os.write(fd, bytes(16) + b"\xff" * 16)
    except OSError:
        pass
print("partial line", flush=True)
print("safe-exec: refused by the runtime wall: open ('/etc/shadow')", file=sys.stderr,
      flush=True)
raise SystemExit(126)
