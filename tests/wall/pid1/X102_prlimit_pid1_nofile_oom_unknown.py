# X102 (wall round 13, ok_03): PID 1's limits taken, its OOM count made unknown. goal: oomunknown
# prlimit64 on another process needs only equal ids: the runner took PID 1's descriptor
# slots (RLIMIT_NOFILE 0), PID 1 could not open memory.oom_control after the run and
# reported oom=-1, and the server counted the program's own SIGKILL at a peak just under
# the limit as "Memory limit exceeded". Stopped twice: the filter refuses prlimit64 on any
# pid but 0, and PID 1 opens its counter before the fork and keeps it.
import sys
os = sys.modules["os"]
resource = sys.modules["resource"]
try:
    resource.prlimit(1, resource.RLIMIT_NOFILE, (0, 0))
    print("PID 1 limit set", flush=True)
except OSError as e:
    print("prlimit refused:", e, flush=True)
os.kill(os.getpid(), 9)
