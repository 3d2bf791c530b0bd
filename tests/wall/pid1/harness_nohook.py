"""The harness's PID 1 for tests/wall/pid1.py (mounted into the container, run as
/usr/bin/python3 -I): the image's entrypoint, unchanged, with the runner's audit hook
never added (sys.addaudithook a no-op: what the round's memory bug left) and, right
before the runner loads the kernel filter, a native syscall() for the program (libc's,
through _ctypes loaded with the original _imp loaders: the wall refuses ctypes, and
the filter, loaded after, refuses executable memory), which the round's ROP chain
gave it. With --oom-unknown, PID 1 has no OOM counter (its report says oom=-1).
Not part of the image; tests/wall/pid1.py mounts it, or builds an image of it
(FROM the image under test) for the server's part."""
import sys
sys.path.insert(0, "/usr/local/lib/safe-exec")
import _imp
import types
import entrypoint
create, execute = _imp.create_dynamic, _imp.exec_dynamic
real_load = entrypoint.kernel_load


def kernel_load(f):
    import importlib.machinery
    ct = create(importlib.machinery.PathFinder.find_spec("_ctypes"))
    execute(ct)

    class c_long(ct._SimpleCData):
        _type_ = "l"

    class Function(ct.CFuncPtr):
        _flags_ = ct.FUNCFLAG_CDECL | ct.FUNCFLAG_USE_ERRNO
        _restype_ = c_long
    native = types.ModuleType("safe_exec_test_native")
    native.syscall = Function(ct.dlsym(ct.dlopen(None), "syscall"))
    native.errno = ct.get_errno
    sys.modules[native.__name__] = native
    real_load(f)


def wall_check_inherited():
    # _ctypes' classes (ArgumentError says module "ctypes") are the harness's own
    # (above): the arming check, which runs after the filter's load once the program's
    # imports are adopted, is not to fail closed on them.
    saved = entrypoint.MEMORY_MODULES
    entrypoint.MEMORY_MODULES = tuple(m for m in saved if m not in ("_ctypes", "ctypes"))
    try:
        return real_check()
    finally:
        entrypoint.MEMORY_MODULES = saved


real_check = entrypoint.wall_check_inherited
entrypoint.wall_check_inherited = wall_check_inherited
entrypoint.kernel_load = kernel_load
if "--oom-unknown" in sys.argv[1:]:
    # A cgroup without a readable OOM counter, the one case left where PID 1 reports
    # oom=-1: the server's reading of that report is tested through the server.
    entrypoint.oom_counter = lambda: -1
    # The program reads the cgroup's figures to stop just under the limit: no file
    # half (Landlock would keep /sys out of its reach).
    if hasattr(entrypoint, "files_load"):
        entrypoint.files_load = lambda files: None
sys.addaudithook = lambda hook: None
sys.exit(entrypoint.main())
