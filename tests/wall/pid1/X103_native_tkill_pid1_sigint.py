# X103 (wall round 13, ok_04): tkill(1, SIGINT) as a native call. goal: nopid1
# The round reached any system call through libc's own code (a fake builtin, setcontext,
# a return chain) once a memory bug gave it raw memory; tkill was not in the rules and
# PID 1 handled SIGINT. Here the harness hands the program the same capability (libc's
# syscall(), made before the filter is loaded: tests/wall/pid1.py). Stopped twice: PID 1
# handles no signal, and the filter refuses tkill.
import sys
syscall = sys.modules["safe_exec_test_native"].syscall
r = syscall(200, 1, 2)  # tkill(1, SIGINT)
print("tkill(1, SIGINT) ->", r, "errno", sys.modules["safe_exec_test_native"].errno(), flush=True)
sys.modules["time"].sleep(1)
print("still here", flush=True)
