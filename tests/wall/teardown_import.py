#!/usr/bin/env python3
"""The runner's frames hand nothing to the program's __import__ (image/entrypoint.py:
its builtins are a snapshot of its own), through build/sb-run in $SAFE_EXEC_IMAGE
(default safe-exec-sandbox:latest).

C code that imports (PyImport_Import) takes __import__ from the running frame's
builtins and passes it that frame's globals. The program below replaces the builtins
module's __import__ (reachable as sys.modules["builtins"]), removes copyreg from
sys.modules and sets sys.stdout to an object whose flush is object.__reduce__: the
runner's teardown flushes it, the reduce imports copyreg, and when the running frame
was the entrypoint's, its namespace (wall_arm, WALL_SPACES...) reached the program's
__import__ (the twentieth wall round's ok_02). Checked: the answer never shows that
namespace, and the run ends (the import of copyreg by the real machinery is refused
by the wall or answered from sys.modules). A second program does the same through a
SystemExit whose code claims a __class__ property (ok_05: run_user_code's isinstance).
A third replaces os.write in the os module: finish() sends the end-of-run message
with the function taken before the program ran, so its token and status stay PID 1's.

usage: teardown_import.py --sb-run PATH     exit status 0 when every check passes
"""
import subprocess
import sys

SPY = r'''
import sys
B = sys.modules["builtins"]
orig = B.__import__
copyreg = sys.modules.pop("copyreg")
out = sys.__stdout__
def spy(name, globals=None, locals=None, fromlist=(), level=0):
    if type(globals) is dict and ("wall_arm" in globals or "WALL_SPACES" in globals):
        out.write("LEAKED the entrypoint's namespace\n")
        out.flush()
    if name == "copyreg":
        sys.modules["copyreg"] = copyreg
        return copyreg
    return orig(name, globals, locals, fromlist, level)
B.__import__ = spy
'''

PROGRAMS = {
    "flush": SPY + r'''
class P:
    closed = False
    flush = object.__reduce__
    def write(self, s):
        return out.write(s)
sys.stdout = P()
print("set")
''',
    "exit code": SPY + r'''
class C:
    __class__ = property(object.__reduce__)
out.write("set\n")
out.flush()
raise SystemExit(C())
''',
}

# The end-of-run message's functions are taken before the program runs: one that
# replaces os.write in the os module neither sees the message's token nor changes
# the status it carries.
OS_WRITE = r'''
import sys
o = sys.modules["os"]
real = o.write
def spy(fd, data):
    if fd > 2 and type(data) is bytes and len(data) > 20:
        real(2, b"CAPTURED the end-of-run message\n")
        return real(fd, b"0 " + data.split(b" ", 1)[1])
    return real(fd, data)
o.write = spy
print("set")
sys.exit(7)
'''


def main():
    if len(sys.argv) != 3 or sys.argv[1] != "--sb-run":
        print(__doc__)
        return 2
    failed = 0
    for label, code in PROGRAMS.items():
        run = subprocess.run([sys.argv[2], "--full", "-c", code], capture_output=True,
                             text=True, timeout=120)
        out = run.stdout + run.stderr
        ok = "LEAKED" not in out and "set" in out and "status:" in out
        print("%s %s: %s" % ("ok  " if ok else "FAIL", label,
                             out.splitlines()[0] if out else "(no answer)"))
        failed += not ok
    run = subprocess.run([sys.argv[2], "--full", "-c", OS_WRITE], capture_output=True,
                         text=True, timeout=120)
    out = run.stdout + run.stderr
    ok = "CAPTURED" not in out and "exit_code: 7" in out
    print("%s os.write replaced: %s" % ("ok  " if ok else "FAIL",
                                        out.splitlines()[0] if out else "(no answer)"))
    failed += not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
