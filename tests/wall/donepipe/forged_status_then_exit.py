# A status written early to the runner's done descriptor (found as the fifteenth
# round's ok_03 found it: a pipe's write end among the descriptors), then more output
# and exit 3: the message is not finish()'s (it lacks the run's token), so the run
# ends as the program ends it.
import sys

os = sys.modules["os"]
for fd in range(3, 64):
    try:
        if os.fstat(fd).st_mode & 0o170000 == 0o010000:  # a pipe
            os.write(fd, b"0\n")
    except OSError:
        pass
print("after the message", flush=True)
sys.exit(3)
