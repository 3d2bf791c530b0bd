# X101 (wall round 13, ok_02): the kernel signals PID 1 for the program. goal: nopid1
# fds 1 and 2 are the same open file descriptions as PID 1's. With SIGINT as the pipe's
# signal (F_SETSIG), PID 1 as its owner (F_SETOWN) and O_ASYNC, every read of the pipe by
# the engine had the kernel send SIGINT to PID 1: no kill-family call at all. Stopped:
# PID 1 handles no signal (a filter alone cannot close this route); the filter refuses
# F_SETOWN and F_SETSIG as well.
import sys
import asyncio  # loads fcntl and signal, as in the round's program
fcntl = sys.modules["fcntl"]
signal = sys.modules["signal"]
time = sys.modules["time"]
F_SETSIG, F_SETOWN, O_ASYNC = 10, 8, 0o20000
for what, call in (("F_SETSIG", lambda: fcntl.fcntl(1, F_SETSIG, signal.SIGINT)),
                   ("F_SETOWN", lambda: fcntl.fcntl(1, F_SETOWN, 1)),
                   ("O_ASYNC", lambda: fcntl.fcntl(1, fcntl.F_SETFL,
                                                   fcntl.fcntl(1, fcntl.F_GETFL) | O_ASYNC))):
    try:
        call()
        print(what, "set", flush=True)
    except OSError as e:
        print(what, "refused:", e, flush=True)
sys.stderr.write("PROGRAM-CHOSEN-TEXT: container killed by the host (OOM on node)\n")
sys.stderr.flush()
for i in range(5):
    print("line", i, flush=True)  # the engine reads it: the kernel signals the owner
    time.sleep(0.2)
