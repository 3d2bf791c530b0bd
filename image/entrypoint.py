"""safe-exec sandbox entrypoint: PID 1 of every sandbox container, serves one run.

How it works
  The interpreter start-up (~20 ms of CPU, more under the 0.5-CPU quota) is paid
  before the run arrives: this process starts, forks the *runner* child right away
  and both wait. The runner is an initialised interpreter blocked on a pipe; when the
  code arrives it compiles and executes it in a fresh __main__ module, so a run costs
  only the code itself.

  The runner is forked before the request (and its nonce) is read, and this process
  then makes itself non-dumpable, so user code can neither find the nonce in its own
  memory nor read ours through ptrace or /proc/1/mem. As PID 1 of the container's pid
  namespace that handles no signal (pid1_signals) it also cannot be signalled from
  inside, and what it reads after the run it opened before the fork (oom_counter).

Protocol (the server's side is src/sb_proto.c)
  stdout <- b"\\x1esafe-exec:ready\\n"                     once the runner waits
  stdin  -> b"SAFEEXEC1 <nonce> <code_len> <stdin_len>[ nowall]\\n" + code + stdin
  stdout <- b"\\x1esafe-exec:<nonce>:begin\\n"             just before the code runs
  stdout <- the program's stdout, then
            b"\\x1esafe-exec:<nonce>:end <report>\\n"
  stderr <- the program's stderr, then b"\\x1esafe-exec:<nonce>:end\\n"
  <report> is "exit=N signal=N oom=N utime_us=N stime_us=N maxrss_kb=N dur_us=N
  wall=N[ event=HEX]"; oom is 1 when the cgroup's OOM killer fired during the run, 0
  when not, -1 when the counter cannot be read; wall is 1 when the runtime wall
  refused an event (its proof reached this process: wall_proof), else 0; event, after
  wall=1 only, is what it refused (hex of at most WALL_EVENT_MAX bytes of printable
  ASCII, from beside the proof). Both streams carry an end marker because the engine
  copies them independently: each marker proves its own stream is complete.
  Before the end markers nothing of the program runs any more: a runner that ended
  through finish() told PID 1 so (its status on a pipe) and waits; PID 1 takes its
  figures from the kernel and stops it and whatever it left (run_stop), whose exit's
  teardown then comes with the container's removal, off the answer's path; a runner
  that ended otherwise (a signal, a refusal) is reaped and what it left killed, as
  the figures then come from its reaping. After the markers PID 1 waits to be
  removed (at most LINGER_MAX_S) instead of exiting: see linger().
  A container that gets no request within IDLE_MAX_S (a warm one whose server died)
  exits on its own: no container lives on only because its server is gone.

The runtime wall (image/wall.py, image/README.md)
  Before the program runs (PID 1 before the fork, the runner once the program has
  arrived), the wall clears the environment, imports what the
  program may need (the base of wall-policy.json, generated from rules/ when the
  image is built, before it is ready; once the program has arrived, the part of the
  preload each module its import statements name needs), stubs out the modules
  whose primitives no audit event covers, gives the program builtins of its own (getattr, setattr, delattr,
  hasattr, vars and __import__ guarded by the checker's rules) and adds the audit
  hook. A refused event ends the program with exit status WALL_EXIT and the line
  "safe-exec: refused by the runtime wall: EVENT" on stderr, after storing this
  container's secret in a memory page it shares with PID 1 (proof_page), which the
  report then vouches for (wall=1): the line and the status alone a program can
  forge.
  A container started with SAFE_EXEC_WALL=off in its environment (the server's
  self-test, the sandbox tests, sb-run --no-wall, the benchmark's wall-off side:
  never a user's request) arms none of it and runs its program with the container
  alone; its request header must end in " nowall", and only its may (a request
  that disagrees with the container is refused: see wall_wanted).
"""

# Everything is imported before the fork, so that none of it costs time in a run.
import ast
import atexit
import builtins
import gc
import io
import linecache
import opcode
import os
import re
import resource
import select
import sys
import threading
import time
import traceback
import types
import _struct  # built in; memoryview's guard holds its Struct (wall_guard_lent_buffers)

# This module's builtins: a snapshot taken before anything is defined, so that every
# function below looks its builtin names up there (3.11 takes a function's builtins
# from its globals' __builtins__ when it is made) and not in the builtins module,
# which the program can write (sys.modules["builtins"], any library function's
# __builtins__). C code that imports (PyImport_Import: a reduce needing copyreg)
# takes __import__ from the running frame's globals and hands it those globals: run
# from the runner's teardown (a stream's flush, an exception's code checked), it
# called the program's __import__ with this module's namespace (the twentieth
# round's ok_02, ok_03, ok_05: the end-of-run token, a forged status). The original
# __import__ here hands them to the import machinery alone.
__builtins__ = dict(builtins.__dict__)
# Once armed, the snapshot holds the program's guards instead of the builtins they
# replace, __import__ excepted (wall_guard_snapshot: C code run in one of this
# module's frames takes getattr from there). This module's own code calls the
# originals, bound here as globals, which a name lookup finds before the builtins.
from builtins import (getattr, hasattr, setattr, delattr, vars, locals, globals,
                      print, input)

MAX_HEADER = 256
WALL_EXIT = 126
WALL_PREFIX = "safe-exec: refused by the runtime wall: "
# The longest refused event PID 1 names in its end report (src/sandbox: SB_WALL_EVENT_MAX).
WALL_EVENT_MAX = 120
HERE = os.path.dirname(os.path.abspath(__file__))
MAIN_NAME = "main.py"
LINGER_MAX_S = 60
# A warm container waits this long for its request. SAFE_EXEC_IDLE_MAX_S in the
# environment may shorten or lengthen it (the server sets none; tests do).
IDLE_MAX_S = 600

# Run by the runner before it waits: page faults cost ~20-50 us each on small VMs,
# and a fresh fork takes ~100 of them (copy-on-write, lazy allocator arenas) in its
# first compile and exec. Taking them here keeps them off the run (2 ms -> 0.2 ms).
WARM_UP = b"""
def f(n):
    return [i * i for i in range(n)]
d = {str(k): k for k in f(300)}
s = "-".join(sorted(d))[:50] + "\u00e9\u4e16"
print(len(d), s, sum(f(1000)), 2 ** 100, 3.5 / 7, f"{s!r:>10}", file=sink)
try:
    1 / 0
except ZeroDivisionError as e:
    repr(e)
"""


def wall_load(page, proof):
    """Reads the wall's policy and code and imports the base (before the fork: the
    modules are then shared with the runner and cost no run any time). refuse()
    stores proof in page (proof_page, wall_proof)."""
    # Started as a module (the image's launcher imports this file's compiled form):
    # nothing may find it by name.
    if __name__ != "__main__":
        sys.modules.pop(__name__, None)
    # Modules that keep __main__ at their import (multiprocessing's __mp_main__,
    # which concurrent.futures loads) must never see this file's module: its globals
    # are the wall's. They see an empty one until the program's replaces it.
    sys.modules["__main__"] = types.ModuleType("__main__")
    policy = wall_policy()
    src = {"__builtins__": {}}
    exec(wall_code(), src)
    ns = {"__builtins__": {}}  # what the bound functions see as globals: nothing
    # refuse() alone holds the views of the page it stores the proof and the refused
    # event in: memoryviews of its first bytes, whose store is memoryview's own (an
    # immutable static type, whatever the program does to the mmap type it can
    # reach: proof_page).
    view = memoryview(page)
    refuse = wall_bind(src["refuse"], (os.write, os._exit, WALL_EXIT, WALL_PREFIX, str,
                                       type, len, str.encode, BaseException,
                                       os.set_blocking, view[:len(proof)], proof,
                                       view[len(proof):len(proof) + WALL_EVENT_MAX], ord,
                                       view[refusal_mark_at(proof):
                                            refusal_mark_at(proof) + 1]),
                     ns)
    # Modules whose primitives no audit event covers, replaced before anything can
    # import them (subprocess keeps the fork_exec it finds at its import): fork_exec
    # runs a program without os.fork or os.exec; pwd, grp and spwd read the account
    # databases without open.
    stubs = {}  # id(stub function) -> (stub, module, name)
    for modname, names in (("_posixsubprocess", ("fork_exec",)),
                           ("pwd", ("getpwall", "getpwnam", "getpwuid")),
                           ("grp", ("getgrall", "getgrnam", "getgrgid")),
                           ("spwd", ("getspall", "getspnam"))):
        stub = types.ModuleType(modname)
        for n in names:
            fn = wall_bind(src["denied"], (refuse, modname + "." + n), ns)
            setattr(stub, n, fn)
            stubs[id(fn)] = (fn, modname, n)
        sys.modules[modname] = stub
    # The base, and what the allowed modules already loaded here (io, threading...)
    # load lazily; the rest once a program names it (wall_extend).
    names = list(policy.get("base", ()))
    for name in policy.get("import", ()):
        if name in sys.modules:
            names.extend(policy.get("preload_for", {}).get(name, ()))
    wall_import(names)
    wall_map_extensions(policy.get("extensions", ()))
    for _, modname, attr, _, _ in TRUSTED:
        fn = trusted_function(modname, attr)
        if fn is not None:
            wall_sites(fn.__code__)  # SITE_MEMO, shared with every runner
    return policy, src, ns, refuse, stubs


def wall_policy():
    """wall-policy.json in the form the image's build made of it (wall-policy.marshal,
    wall_policy.py compact), or itself where there is none (a checkout)."""
    import marshal
    try:
        with open(os.path.join(HERE, "wall-policy.marshal"), "rb") as f:
            return marshal.loads(f.read())  # load(f) reads the file object by object
    except OSError:
        import json
        with open(os.path.join(HERE, "wall-policy.json"), encoding="utf-8") as f:
            return json.load(f)


def wall_code():
    """wall.py's code: compiled when the image was built (wall.code, a marshal of
    it), or from the source where there is none (a checkout)."""
    import marshal
    try:
        with open(os.path.join(HERE, "wall.code"), "rb") as f:
            return marshal.loads(f.read())  # 0.07 ms; load(f): 0.27 ms
    except OSError:
        with open(os.path.join(HERE, "wall.py"), encoding="utf-8") as f:
            return compile(f.read(), "<safe-exec wall>", "exec")


def wall_map_extensions(paths):
    """Maps each extension module an allowed import may load (their shared objects:
    wall-policy.json's "extensions", listed when the image is built) without
    initialising it: the runner's kernel filter, loaded before it reports ready,
    refuses executable maps, and the imports once the program has arrived
    (wall_extend) then find the code already mapped (the dynamic loader reuses a
    loaded object). No module is made: _imp.create_dynamic maps the file, then
    finds no init function for the name asked for and fails. ~3 ms of CPU and 0.8
    MB of memory per container, before the fork, and ~0.15 ms of CPU at each
    runner's exit (106 more memory areas to unmap): measured cheaper than loading
    the filter's executable-map and open rules in the run (image/README.md,
    "Cost")."""
    import _imp
    import importlib.machinery
    for path in paths:
        try:
            _imp.create_dynamic(importlib.machinery.ModuleSpec(
                "_safe_exec_map_only", None, origin=path))
        except ImportError:
            pass  # expected: mapped, no PyInit__safe_exec_map_only


def wall_import(names):
    """Imports the names not loaded yet; a name that fails is left to the run, whose
    import the wall refuses as it would any other."""
    import importlib
    for name in names:
        if name not in sys.modules:
            try:
                importlib.import_module(name)
            except Exception:
                pass


# The opcodes that look a name up in globals, builtins or an enclosing scope.
NAME_LOOKUPS = frozenset(opcode.opmap[n] for n in (
    "LOAD_GLOBAL", "LOAD_NAME", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_CLASSDEREF",
    "LOAD_DEREF", "STORE_NAME", "DELETE_NAME", "STORE_DEREF", "DELETE_DEREF"))


# The namespaces (globals) of the wall's functions: function_attribute in wall.py
# keeps them from the program.
WALL_SPACES = []


def wall_bind(fn, consts, namespace):
    """fn with its "@@K" constant replaced by consts; refuses any global lookup."""
    code = fn.__code__
    # 3.11's bytecode is two-byte units, an opcode in each even byte (inline caches
    # are CACHE units, opcode 0): a set of those bytes says whether any looks a name
    # up outside the function (dis.get_instructions said the same at 8x the cost).
    found = set(code.co_code[::2]) & NAME_LOOKUPS
    if found:
        raise RuntimeError("wall: %s looks names up (%s)"
                           % (fn.__name__, ", ".join(opcode.opname[o] for o in found)))
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            raise RuntimeError("wall: %s holds a nested code object" % fn.__name__)
    for c in consts:
        python = None if type(c) is WallLibrary else wall_library_python(c)
        if python is not None:
            raise RuntimeError("wall: %s would call the library's Python code %s"
                               % (fn.__name__, python))
    consts = tuple(c.obj if type(c) is WallLibrary else c for c in consts)
    marks = [i for i, c in enumerate(code.co_consts) if type(c) is str and c == "@@K"]
    if len(marks) != 1:
        raise RuntimeError("wall: %s has no K" % fn.__name__)
    new_consts = list(code.co_consts)
    new_consts[marks[0]] = consts
    if not any(namespace is space for space in WALL_SPACES):
        WALL_SPACES.append(namespace)
    bound = types.FunctionType(code.replace(co_consts=tuple(new_consts)), namespace,
                               fn.__name__, fn.__defaults__)
    bound.__qualname__ = fn.__name__
    return bound


# What calling each kind of callable runs: C alone (a builtin, a slot wrapper, a
# method descriptor...), or whatever its __call__, __new__ or __init__ is.
PYTHON_CALLABLES = (types.FunctionType, types.MethodType, staticmethod, classmethod)
# A function's namespace, read before wall_guard_functions hides the wall's.
FUNCTION_GLOBALS = types.FunctionType.__dict__["__globals__"].__get__


class WallLibrary:
    """A constant of the library's Python a guard may hold all the same (wall_bind
    checks what the others would run): one it never calls (a class it passes to
    issubclass or tuple.__new__), or the original it replaces, called last with
    the arguments it checked and its answer handed back unread, so that nothing
    the guard promises rests on what that Python does (it runs what the program
    could run itself). Each use says which."""
    __slots__ = ("obj",)

    def __init__(self, obj):
        self.obj = obj


def wall_library_python(obj, depth=0):
    """The Python code of the library that calling obj (a constant a guard holds)
    would run, by name, or None. A guard that calls library Python hands the
    program a door: that code looks names up in its module's globals at each call,
    and the program can write those (sys.modules["codecs"].tuple swapped the decode
    function codecs.CodecInfo.__new__ put in the wall's answer: the eighteenth
    round's ok_01). So the guards call only C and the wall's own bound functions
    (which look no name up: wall_bind); containers (the wall's state) and tuples of
    types held for isinstance are looked into one level."""
    if depth > 2:
        return None
    if type(obj) is tuple:
        for item in obj:
            found = wall_library_python(item, depth + 1)
            if found is not None:
                return found
        return None
    if isinstance(obj, types.MethodType):
        return wall_library_python(obj.__func__, depth)
    if type(obj).__name__ == "partial" and callable(getattr(obj, "func", None)):
        return wall_library_python(obj.func, depth + 1)  # C, calling what it holds
    if isinstance(obj, types.FunctionType):
        if any(FUNCTION_GLOBALS(obj) is space for space in WALL_SPACES):
            return None
        return getattr(obj, "__qualname__", "?")
    if isinstance(obj, type):
        # Calling a class runs its metaclass's __call__, then __new__ and __init__
        # from the first class of the MRO that defines each.
        for owner, names in ((type(obj), ("__call__",)), (obj, ("__new__", "__init__"))):
            for name in names:
                for cls in owner.__mro__:
                    if name in cls.__dict__:
                        found = cls.__dict__[name]
                        if isinstance(found, (staticmethod, classmethod)):
                            found = found.__func__
                        if wall_library_python(found, depth + 1) is not None:
                            return "%s.%s" % (obj.__qualname__, name)
                        break
        return None
    call = None
    for cls in type(obj).__mro__:
        if "__call__" in cls.__dict__:
            call = cls.__dict__["__call__"]
            break
    if isinstance(call, (staticmethod, classmethod)):
        call = call.__func__
    if isinstance(call, PYTHON_CALLABLES) and wall_library_python(call, depth + 1):
        return "%s.__call__" % type(obj).__qualname__
    return None


def wall_arm(wall):
    """Everything but the hook itself, in PID 1 before the fork (the runner inherits
    it; PID 1 runs no program). Answers (hook, state, the program's builtins...);
    run_user_code adds the hook."""
    policy, src, ns, refuse, stubs = wall
    patches = []  # (object, attribute, original value): wall_lend_import's loaders

    def patch(obj, name, value):
        patches.append((obj, name, getattr(obj, name)))
        setattr(obj, name, value)

    import builtins
    import itertools
    import _imp
    import _thread
    # The wall's C half (image/landlock/), for wall_guard_detach: loaded before
    # _imp's loaders are taken away below, and by no name afterwards.
    import wall_landlock
    sys.modules.pop("wall_landlock", None)
    io_guard = (wall_landlock.io_guard, wall_landlock.IO_SHARED,
                wall_landlock.IO_EXCLUSIVE, wall_landlock.IO_SOLE)
    bound = wall_landlock.bound
    frame_namespace = wall_landlock.frame_namespace
    del wall_landlock

    def bind(name, *consts):
        return wall_bind(src[name], consts, ns)

    # The environment of the container (the engine's variables, HOSTNAME, PATH...):
    # gone from os.environ and from memory (wall_scrub_environ); no copy is kept.
    env = {}
    wall_scrub_environ()
    # Copies derived from it at start-up (site's user directories come from $HOME):
    # found by scanning every module's globals for the environment's values
    # (tests/wall/attacks/W04*), none may survive.
    site = sys.modules.get("site")
    if site is not None:
        for name in ("USER_BASE", "USER_SITE"):
            if hasattr(site, name):
                patch(site, name, None)
    sysconfig = sys.modules.get("sysconfig")
    cfg = getattr(sysconfig, "_CONFIG_VARS", None)
    if isinstance(cfg, dict) and "userbase" in cfg:
        patches.append((cfg, None, dict(cfg)))
        del cfg["userbase"]
    stdlib = os.path.dirname(os.__file__) + "/"
    # _imp's loaders create a module without the import event (the stubbed ones
    # above among them): nothing is loaded during a run (wall_extend lends them back
    # before the program runs).
    # A Python-level signal handler would run in the middle of whatever the thread
    # is doing, the hook included: no program installs one.
    import _signal
    patch(_signal, "signal", bind("no_signal", ValueError))
    for n in IMP_LOADERS:
        if hasattr(_imp, n):
            patch(_imp, n, bind("denied", refuse, "_imp." + n))

    # Tracebacks: frames never leave the wall's walker; traceback gets stand-ins.
    walk_tb = bind("walk_tb", types.TracebackType, types.SimpleNamespace, type)
    walk_pos = bind("walk_tb_positions", types.TracebackType, types.SimpleNamespace,
                    itertools.islice, next, type)
    patch(traceback, "walk_tb", walk_tb)
    patch(traceback, "_walk_tb_with_full_positions", walk_pos)
    readers = (walk_tb.__code__, walk_pos.__code__)
    frame_readers = {"tb_frame": readers, "f_code": readers}
    trust_sites = {id(c): dict(wall_sites(c)) for c in readers}
    # Filled by wall_adopt for the modules loaded now, and again by wall_extend: the
    # hook and the guarded builtins hold these very objects.
    exec_callers = {"exec": (), "compile": ()}  # by event
    frame_callers, library_types, modules, trust_deps = [], set(), {}, {}
    state = [None, 0, None]  # the program's code, times run, its globals
    # The collector is off while the hook runs (no finalizer of the program may run
    # inside it); the program's gc.enable/disable/isenabled keep its own wish here.
    gc_lock, gc_wanted = _thread.allocate_lock(), [gc.isenabled()]
    gc_real = (gc.isenabled, gc.disable, gc.enable)  # the hook's, before the patch
    patch(gc, "enable", bind("gc_enable", gc_lock, gc_wanted, gc.enable))
    patch(gc, "disable", bind("gc_disable", gc_lock, gc_wanted, gc.disable))
    patch(gc, "isenabled", bind("gc_isenabled", gc_wanted))
    if os.path.realpath(stdlib) + "/" != stdlib:
        raise RuntimeError("wall: the standard library path is not canonical")
    audit_guard, audit_refusal = wall_guard_audit(bind, refuse, stdlib)
    hook = bind("hook", refuse, sys._getframe, _thread.get_ident, {}, state, str, type,
                int, types.ModuleType, frame_readers, exec_callers,
                frame_callers, stdlib, str.startswith, ValueError, issubclass,
                bytes, frozenset([MAIN_NAME] + [os.path.join(p, MAIN_NAME)
                                                for p in sys.path if p]),
                *gc_real, gc_lock, gc_wanted, os.lstat,
                OSError, str.find, len, trust_deps, dict.get, id, trust_sites,
                types.MethodType, frozenset(("exec", "eval", "compile")),
                frozenset(("_getframe", "getframe")), {},
                (str, bytes, int, bool, type(None)), dict, {}, types.FunctionType,
                types.FunctionType.__dict__["__globals__"].__get__, WALL_SPACES,
                audit_refusal, [])

    # The program's builtins: the checker's attribute and import rules at run time.
    check = bind("check_name", str, type, isinstance, str.__str__, len,
                 frozenset(policy.get("dunder-allow", ())),
                 frozenset(policy.get("attribute", ())), types.ModuleType, modules, id,
                 AttributeError, TypeError)
    write_check = bind("write_check", check, isinstance, types.ModuleType, AttributeError,
                       issubclass, type, id, library_types, len)
    guarded = {
        "getattr": bind("g_getattr", check, getattr, AttributeError, len),
        "hasattr": bind("g_hasattr", check, hasattr, AttributeError),
        "setattr": bind("g_setattr", write_check, setattr),
        "delattr": bind("g_delattr", write_check, delattr),
        "vars": bind("g_vars", getattr, isinstance, types.ModuleType, type, dict, len,
                     AttributeError, TypeError, str),
        "__import__": bind("g_import", builtins.__import__, refuse,
                           frozenset(policy.get("import", ())), check, type, str,
                           str.split, AttributeError, list,
                           frozenset(policy.get("module-star-deny", {}))),
    }
    for name, fn in guarded.items():
        fn.__name__ = fn.__qualname__ = name
    native = []  # immutable types the wall patched (wall_patch_type)
    wall_guard_list(bind, patch, native)
    wall_guard_iterators(src, patch, native)
    wall_guard_functions(bind, patch, native)
    wall_guard_deque(bind, patch, native)
    wall_guard_odict(bind, patch, native)
    wall_guard_itertools(src, patch, native)
    wall_guard_bytearray(bind, patch, native)
    wall_guard_calliter(src, patch, native)
    wall_guard_itertools_state(bind, patch, native)
    wall_guard_streams(bind, patch)
    # After the streams: the wall's input raises the real builtins.input.
    patch(sys, "audit", audit_guard)
    wall_guard_exceptions(bind, patch, native)
    wall_guard_init_once(bind, patch, native)
    wall_guard_detach(io_guard, patch, native)
    wall_guard_borrowed_calls(bind, patch, native)
    wall_guard_lent_buffers(bind, patch, native)
    wall_guard_text_write(bind, patch, native)
    wall_guard_mappingproxy(bind, patch, native)
    wall_guard_codecs(bind, patch, bound)
    wall_guard_frame_namespaces(patch, bound, frame_namespace, refuse)
    adopt = (policy, bind, patch, refuse, frame_readers, exec_callers, frame_callers,
             library_types, modules, set(), [], trust_deps, trust_sites, native)
    wall_adopt(adopt)
    # Last: after every guard that replaces a builtin.
    wall_guard_snapshot(guarded)
    return hook, state, guarded, (env, patches, stubs), adopt, []


def wall_guard_snapshot(guarded):
    """This module's builtins (the snapshot made at its import) hold the program's
    guards in place of every builtin the wall replaces: guarded (getattr, hasattr,
    setattr, delattr, vars: g_* in wall.py) and what wall_guard_streams and
    wall_guard_frame_namespaces patched into the builtins module (print, input,
    locals, globals), all but __import__, which stays the original (the snapshot's
    reason: C code importing from these frames calls it with this module's
    globals). This module's own code calls the originals, its globals of the same
    names (bound after the snapshot); a guarded name without one stops the arming.

    C code run in one of this module's frames (the runner's, while it calls what the
    program set: a stream's closed and flush under flush_std, a finalizer under
    teardown or finish's collection, a SystemExit code's __class__ under
    run_user_code's isinstance) reads that frame's builtins, not the program's. In
    CPython 3.11 (ceval.c's _PyEval_GetBuiltin, _PyEval_GetBuiltinId,
    PyEval_GetBuiltins), that is:
    - getattr, which the __reduce__ of a method hands out, (getattr, (obj, name)):
      builtin_function_or_method (methodobject.c meth_reduce), method
      (classobject.c method_reduce), method_descriptor, wrapper_descriptor,
      member_descriptor (descrobject.c descr_reduce), method-wrapper
      (wrapper_reduce). With the original there, the program got the interpreter's
      getattr, which reads what g_getattr refuses (the twenty-first round's ok_01:
      `closed` a defaultdict's __getitem__ whose factory is [].append.__reduce__).
      Covered: it is g_getattr now, the program's own.
    - iter and reversed, which the __reduce__ of an iterator hands out (list,
      tuple, str, bytes, bytearray, range, dict and its views, set, OrderedDict,
      array.array, the sequence and callable iterators, list[int]'s; reversed:
      list's reversed iterator). The wall replaces neither: nothing to cover.
    - the dict itself: exec() and eval() store it as the __builtins__ of a globals
      dict that has none, and function and frame creation from such globals
      (_PyEval_BuiltinsFromGlobals) run with it. Not covered here (its
      __import__ is the original and it stays writable): exec and eval need
      compile (refused) or a code object (the hook refuses reading __code__,
      gi_code, f_code; function.__new__ and code.__new__ are refused).
    - __import__, through the frame's globals (PyImport_Import: object's
      __reduce_ex__ importing copyreg): the original on purpose, as above.
    The wall's own functions (wall_bind's namespace, the guards of
    wall_guard_iterators and the rest) run with builtins of their own: empty, or
    iter and reversed alone, so a getattr looked up there is an AttributeError. The
    library's frames run with the builtins module, whose getattr is the original
    by design (image/README.md, "The guarded builtins")."""
    import builtins
    snapshot = __builtins__
    program = dict(vars(builtins))
    program.update(guarded)
    mine = globals()
    for name, value in program.items():
        if name == "__import__" or name not in snapshot or snapshot[name] is value:
            continue
        if name not in mine or mine[name] is not snapshot[name]:
            raise RuntimeError("wall: the builtin %r is guarded, and this module "
                               "calls it with no original of its own" % name)
        snapshot[name] = value


# The import machinery's loaders that create a module without the import event.
IMP_LOADERS = ("create_builtin", "create_dynamic", "exec_builtin", "exec_dynamic",
               "get_frozen_object", "init_frozen", "_override_frozen_modules_for_tests")


def wall_newly_loaded(name, done):
    """sys.modules[name] the first time wall_adopt asks once it is loaded (done: the
    names adopted so far, which this marks), else None."""
    mod = sys.modules.get(name)
    if name in done or mod is None:
        return None
    done.add(name)
    return mod


def wall_adopt(adopt):
    """The part of arming that depends on which modules are loaded; run by wall_arm
    and again by wall_extend, it does once what each newly loaded module needs and
    fills the containers the hook and the guarded builtins hold."""
    (policy, bind, patch, refuse, frame_readers, exec_callers, frame_callers,
     library_types, modules, done, frozen, trust_deps, trust_sites, native) = adopt
    logging = sys.modules.get("logging")
    if ("logging" not in done and logging is not None
            and isinstance(getattr(logging, "_srcfile", None), str)):
        done.add("logging")
        find_caller = bind("find_caller", sys._getframe, logging._srcfile)
        patch(logging.Logger, "findCaller", find_caller)
        for name in ("tb_frame", "f_code"):
            frame_readers[name] += (find_caller.__code__,)
        frame_callers.append(find_caller.__code__)
        trust_sites[id(find_caller.__code__)] = dict(wall_sites(find_caller.__code__))
        # The original: called last with the extra make_record checked.
        original = WallLibrary(logging.Logger.makeRecord)
        patch(logging.Logger, "makeRecord",
              bind("make_record", original, refuse, dict, str, type, tuple, len,
                   types.TracebackType))
    configparser = wall_newly_loaded("configparser", done)
    if configparser is not None:
        mapping = configparser.ConverterMapping
        patch(mapping, "__setitem__",
              bind("converter_set", WallLibrary(mapping.__setitem__), refuse, type, str))
        patch(mapping, "__delitem__",
              bind("converter_del", WallLibrary(mapping.__delitem__), refuse, type, str))
    statistics = wall_newly_loaded("statistics", done)
    if statistics is not None:
        patch(statistics, "_convert",
              bind("stat_convert", WallLibrary(statistics._convert), refuse, issubclass, type))
    unittest_main = wall_newly_loaded("unittest.main", done)
    if unittest_main is not None:
        program = unittest_main.TestProgram
        patch(program, "parseArgs",
              bind("test_names", WallLibrary(program.parseArgs), refuse, list, len, type,
                   str, frozenset(("-v", "--verbose", "-q", "--quiet", "-f", "--failfast",
                                   "-b", "--buffer", "-c", "--catch")),
                   str.split, str.isidentifier, dict.get, sys.modules,
                   types.ModuleType.__dict__["__dict__"].__get__,
                   types.MappingProxyType.get, type.__dict__["__dict__"].__get__,
                   WallLibrary(sys.modules["unittest.case"].TestCase), issubclass, id,
                   library_types,
                   types.FunctionType, types.FunctionType.__dict__["__globals__"].__get__))
    array = wall_newly_loaded("array", done)
    if array is not None:
        wall_guard_array(array.array, bind, patch, native)
        wall_guard_array_file(array.array, bind, patch, native)
    struct = wall_newly_loaded("_struct", done)
    if struct is not None:
        wall_guard_struct(struct.Struct, bind, patch, native)
    csv = wall_newly_loaded("_csv", done)
    if csv is not None:
        wall_guard_csv(csv, bind, patch, native)
    aio = wall_newly_loaded("_asyncio", done)
    if aio is not None:
        wall_guard_asyncio(aio, bind, patch, native)
        wall_guard_asyncio_cancel(aio, bind, patch, native)
        wall_guard_asyncio_current(aio, bind, patch)
    functools = wall_newly_loaded("_functools", done)
    if functools is not None:
        wall_guard_functools(functools, bind, patch, native)
    contextvars = wall_newly_loaded("_contextvars", done)
    if contextvars is not None:
        wall_guard_contextvars(contextvars, bind, patch, native)
    for when, modname, attr, kind, names in TRUSTED:
        where = {"read": frame_readers, "exec": exec_callers,
                 "frame": frame_callers}[kind]
        key = (modname, attr, kind)
        if key in done or when not in sys.modules:
            continue
        done.add(key)
        obj = trusted_function(modname, attr)
        if obj is None:
            continue
        code = obj.__code__
        trust_deps[id(code)] = wall_trust_deps(obj)
        # A copy: the memo lives in this module's globals.
        trust_sites[id(code)] = dict(wall_sites(code))
        if isinstance(where, dict):
            for name in names:
                where[name] = where.get(name, ()) + (code,)
        else:
            where.append(code)
    allow = policy.get("module-allow", {})
    deny = policy.get("module-deny", {})
    for name in policy.get("import", ()):
        mod = sys.modules.get(name)
        if mod is not None and id(mod) not in modules:
            modules[id(mod)] = (mod, frozenset(allow[name]) if name in allow else None,
                                frozenset(deny.get(name, ())), name)
    # Every class alive now (the interpreter's and the loaded library's) is one whose
    # namespace the program may not write: setattr/delattr refuse it by id, and its
    # immutable bit (set last: the patches above write into logging.Logger) stops
    # statements and library code alike.
    classes = [c for c in wall_check_inherited() if id(c) not in library_types]
    library_types.update(id(c) for c in classes)
    frozen.extend(wall_freeze(classes, True))


def wall_guard_list(bind, patch, native):
    """list's store takes the wall's __setitem__ (list_setitem in wall.py), which
    reads a slice's value before the store: gh-120384, memory corruption from pure
    Python in the image's 3.11.2; its repr and SimpleNamespace's hold what they
    format (repr_held: round 90's red team, an item freed under its own C repr by
    code that repr ran, which emptied the container). list is a static type: its
    immutable bit is cleared for the patch and set again. An int-index store on a list is
    specialized by the interpreter after its warm-up (STORE_SUBSCR_LIST_INT) and
    does not reach it."""
    methods = list.__dict__
    order = {name: bind("list_order", methods[name], list.copy, list, type, issubclass,
                        NotImplemented)
             for name in ("__lt__", "__le__", "__gt__", "__ge__")}
    wall_patch_type(list, patch, native, {
        "__setitem__": bind("list_setitem", methods["__setitem__"], slice, type,
                            list, tuple),
        "__repr__": bind("repr_held", methods["__repr__"], list.copy), **order})
    # SimpleNamespace's repr formats its values borrowed, as list's does its items
    # (repr_held): the copy is its dict's.
    namespace = types.SimpleNamespace
    values = bind("namespace_values", namespace.__dict__["__dict__"].__get__, dict.copy)
    wall_patch_type(namespace, patch, native, {
        "__repr__": bind("repr_held", namespace.__dict__["__repr__"], values)})


def wall_guard_deque(bind, patch, native):
    """collections.deque.index searches a list copy (deque_index in wall.py:
    gh-115243, an __eq__ that empties the deque frees the item it compares);
    OrderedDict's == and != compare the keys' order on list copies (odict_equal:
    gh-119004, likewise for a key's __eq__)."""
    import _collections
    wall_patch_type(_collections.deque, patch, native, {
        "index": bind("deque_index", list, list.index, ValueError)})
    odict = _collections.OrderedDict
    wall_patch_type(odict, patch, native, {
        name: bind("odict_equal", dict.__dict__["__eq__"], odict,
                   odict.__dict__["__iter__"], list, type, issubclass,
                   NotImplemented, name == "__ne__")
        for name in ("__eq__", "__ne__")})


# OrderedDict's methods that look a key up and go on with what they found before
# (odict_lookup in wall.py; __setitem__ and move_to_end have their own, odict_store
# and odict_move), and those that free nodes under them (odict_free: mark or not,
# as they look up themselves; __delitem__: odict_delete).
ODICT_LOOKUPS = ("copy", "setdefault", "__repr__")
ODICT_FREES = (("pop", True), ("popitem", True), ("clear", False))


def wall_guard_odict(bind, patch, native):
    """collections.OrderedDict never frees a node while one of its lookups runs the
    keys' __eq__ (gh-142637: __delitem__, pop, move_to_end; gh-142734, gh-148660:
    copy; the same in popitem, __setitem__ and the iterators, all reachable in the
    image's 3.11.2): its lookups mark the dict (its iterators, which do not show it,
    mark every OrderedDict), and clear, __delitem__, pop and popitem on a marked
    dict raise RuntimeError (odict_lookup, odict_store, odict_move, odict_step,
    odict_free, odict_delete in wall.py)."""
    import _collections
    odict = _collections.OrderedDict
    methods = odict.__dict__
    busy = []  # ids of the dicts looking a key up; None for a stepping iterator
    what = "collections.OrderedDict changed by the code its own lookup runs"
    guards = {name: bind("odict_lookup", methods[name], busy, id)
              for name in ODICT_LOOKUPS}
    guards.update({name: bind("odict_free", methods[name], busy, id, RuntimeError,
                              what, mark)
                   for name, mark in ODICT_FREES})
    guards["__setitem__"] = bind("odict_store", methods["__setitem__"], busy, id)
    guards["move_to_end"] = bind("odict_move", methods["move_to_end"], busy, id)
    guards["__delitem__"] = bind("odict_delete", methods["__delitem__"], busy, id,
                                 RuntimeError, what)
    wall_patch_type(odict, patch, native, guards)
    step = type(iter(odict()))
    wall_patch_type(step, patch, native, {
        "__next__": bind("odict_step", step.__dict__["__next__"], busy)})


def wall_guard_asyncio(module, bind, patch, native):
    """asyncio's C Future and Task (module _asyncio) hold their callbacks while
    remove_done_callback compares them, remove none once done (future_remove in
    wall.py: gh-125966, gh-126405, gh-125984, gh-125969), hand out a copy of their
    list (future_callbacks: gh-125789) and are initialised once (future_init)."""
    for cls in (module.Future, module.Task):
        methods = cls.__dict__
        if "remove_done_callback" not in methods:
            continue
        callbacks = methods["_callbacks"].__get__
        wall_patch_type(cls, patch, native, {
            "remove_done_callback": bind("future_remove", methods["remove_done_callback"],
                                         callbacks, methods["done"], list),
            "_callbacks": property(bind("future_callbacks", callbacks, list)),
            "__init__": bind("future_init", methods["__init__"],
                             methods["_loop"].__get__, RuntimeError)})


def wall_guard_functions(bind, patch, native):
    """A function's __globals__ and __builtins__ (no audit event in CPython 3.11)
    are refused for the wall's functions (function_attribute in wall.py): the
    namespaces they were made with must stay the wall's."""
    cls = types.FunctionType
    get_globals = cls.__dict__["__globals__"].__get__
    wall_patch_type(cls, patch, native, {
        name: property(bind("function_attribute", cls.__dict__[name].__get__,
                            get_globals, WALL_SPACES, AttributeError))
        for name in ("__globals__", "__builtins__")})


def wall_patch_type(cls, patch, native, methods):
    """patch() of a type immutable from the start (the interpreter's own, or one its
    module made so) with methods, {name: the wall's function or a property of one},
    each function named after the attribute it replaces: the immutable bit is cleared for the stores and
    set again, and the type joins native (the list of the types the wall patched)."""
    wall_freeze([cls], False, static=True)
    try:
        for name, fn in methods.items():
            if type(fn) is property:
                if type(fn.fget) is types.FunctionType:
                    fn.fget.__name__ = fn.fget.__qualname__ = name
            else:
                fn.__name__ = fn.__qualname__ = name
            patch(cls, name, fn)
    finally:
        wall_freeze([cls], True, static=True)
    native.append(cls)


class _Seq:
    def __getitem__(self, i):
        raise IndexError(i)


# The built-in iterators whose __reduce__ reads their sequence before it looks
# `iter` up in the caller's builtins (gh-101765).
REDUCING_ITERATORS = tuple(type(it) for it in (
    iter([]), reversed([]), iter(()), iter(""), iter("\u00e9"), iter(b""),
    iter(bytearray()), iter(_Seq()), iter(int, 1), iter(list[int])))


def wall_guard_iterators(src, patch, native):
    """Memory bugs of the image's CPython 3.11.2 in built-in iterators, reachable
    from pure Python (the interpreter with the fixes is not in Debian 12): each
    type's method becomes the wall's, which calls the original (held in its
    constants only) so that the bug cannot happen. See iter_reduce and
    pairwise_next in wall.py."""
    import itertools
    # Bound with builtins of their own: the original __reduce__ looks `iter` up in
    # the builtins of the frame that calls it, which is then this function's.
    own = {"__builtins__": {"iter": iter, "reversed": reversed}}
    for cls in REDUCING_ITERATORS:
        wall_patch_type(cls, patch, native, {
            "__reduce__": wall_bind(src["iter_reduce"], (cls.__dict__["__reduce__"],),
                                    own)})
    none = {"__builtins__": {}}
    pairwise = itertools.pairwise
    wall_patch_type(pairwise, patch, native, {
        "__next__": wall_bind(src["pairwise_next"], (pairwise.__dict__["__next__"],
                                                     set(), id, RuntimeError), none)})
    wall_patch_type(bytearray, patch, native, {
        "join": wall_bind(src["bytearray_join"], (bytearray.__dict__["join"], list),
                          none)})


# itertools iterators whose __next__ runs the program's code while CPython 3.11.2
# holds a pointer a re-entrant call can free (see iter_next in wall.py); pairwise
# has its own guard, tee refuses re-entry itself, the combinatoric ones run no code,
# and compress, dropwhile, filterfalse, starmap, takewhile never replace what they
# hold while they run.
REENTRANT_ITERTOOLS = ("accumulate", "chain", "count", "cycle", "islice", "zip_longest")


def wall_guard_itertools(src, patch, native):
    """Every itertools iterator that runs the program's code in its __next__ is
    never re-entered for the same object (its __setstate__ closed meanwhile); a
    groupby and its groups share one guard (grouper_next in wall.py): gh-143543
    and gh-146613, use after free from a key's __eq__, and the re-entry bugs of
    zip_longest, count, islice, chain, cycle and accumulate (upstream 2025-2026, none
    fixed in 3.11), all reachable in 3.11.2."""
    import itertools
    busy = set()
    none = {"__builtins__": {}}
    for name in REENTRANT_ITERTOOLS + ("groupby",):
        cls = getattr(itertools, name)
        what = "itertools.%s re-entered from the code it runs" % name
        methods = {"__next__": wall_bind(src["iter_next"], (
            cls.__dict__["__next__"], busy, id, RuntimeError, what), none)}
        if "__setstate__" in cls.__dict__:
            methods["__setstate__"] = wall_bind(src["iter_setstate"], (
                cls.__dict__["__setstate__"], busy, id, RuntimeError, what), none)
        wall_patch_type(cls, patch, native, methods)
    grouper = type(next(itertools.groupby("a"))[1])
    wall_patch_type(grouper, patch, native, {
        "__next__": wall_bind(src["grouper_next"], (
            grouper.__dict__["__next__"], grouper.__dict__["__reduce__"], busy, id,
            RuntimeError, isinstance, itertools.groupby,
            "itertools.groupby re-entered from the code it runs"),
            {"__builtins__": {"iter": iter}})})


def wall_guard_struct(cls, bind, patch, native):
    """struct.Struct is initialised once (struct_init in wall.py): on a Struct that
    has a format, __init__ refuses any other. 3.11 lets __init__ replace the
    format of a live Struct, under its pack (an argument's __index__
    re-initialising it frees the code array the pack walks: SIGSEGV, a write
    through freed memory) and under its iter_unpack iterator, which trusts the
    size it was made with (the fourteenth round's ok_01: a read of any length past
    the buffer; near/n1: a size of 0, divided by). The methods that walk the code
    array unchecked refuse a Struct that has none yet (struct_ready: one made by
    Struct.__new__ alone)."""
    methods = cls.__dict__
    size = methods["size"].__get__
    ready = {name: bind("struct_ready", methods[name], size, RuntimeError)
             for name in ("iter_unpack", "unpack_from", "pack_into", "__sizeof__",
                          "__repr__") if name in methods}
    ready["format"] = property(bind("struct_ready", methods["format"].__get__, size,
                                    RuntimeError), None, None,
                               methods["format"].__doc__)
    wall_patch_type(cls, patch, native, {
        **ready,
        "__init__": bind("struct_init", methods["__init__"], size,
                         methods["format"].__get__, str, bytes, type, bytes.decode,
                         len, RuntimeError)})


def wall_guard_array(cls, bind, patch, native):
    """array.array's stores convert their item after fixing where they write (see
    array_convert in wall.py): its store methods become the wall's, which convert
    first."""
    import math
    import operator
    methods = cls.__dict__
    convert = bind("array_convert", type, int, float, operator.index,
                   frozenset("bBhHiIlLqQ"), frozenset("fd"), methods["typecode"].__get__,
                   math.ldexp)
    wall_patch_type(cls, patch, native, {
        "__setitem__": bind("array_setitem", methods["__setitem__"], convert, slice,
                            type),
        "append": bind("array_append", methods["append"], convert),
        "insert": bind("array_insert", methods["insert"], convert),
        "extend": bind("array_extend", methods["extend"], methods["append"], convert,
                       cls, issubclass, type),
        "fromlist": bind("array_fromlist", methods["fromlist"], convert, list,
                         issubclass, type)})



def wall_guard_bytearray(bind, patch, native):
    """bytearray's methods that take the buffer's address before they run the
    program's code (3.11.2, gh-91153 and its read-only kin gh-142558..60): its
    stores and deletes read their subscript and value first (bytearray_setitem,
    bytearray_delitem in wall.py: the value's or the index's __index__ could move
    the buffer and the store would write into the freed block), and the searches,
    hex and % hold a buffer export while the original runs (bytearray_held: a
    resize from the argument's code raises BufferError). The rest convert their
    arguments before they touch the buffer (insert, append, pop, remove, extend's
    items go to a new bytearray first) or take buffers of their arguments, which
    pins them."""
    import operator
    methods = bytearray.__dict__
    key = bind("bytearray_key", type, int, slice, operator.index, TypeError, hasattr,
               "slice indices must be integers or None or have an __index__ method",
               "bytearray indices must be integers or slices, not %s")
    patched = {
        "__setitem__": bind("bytearray_setitem", methods["__setitem__"], key, type,
                            int, operator.index),
        "__delitem__": bind("bytearray_delitem", methods["__delitem__"], key),
        "__rmod__": bind("bytearray_rmod", methods["__rmod__"], bytearray, issubclass,
                         type, memoryview, memoryview.release)}
    for name in ("find", "rfind", "index", "rindex", "count", "startswith",
                 "endswith", "__contains__", "hex", "__mod__"):
        patched[name] = bind("bytearray_held", methods[name], bytearray, issubclass,
                             type, memoryview, memoryview.release)
    wall_patch_type(bytearray, patch, native, patched)


def wall_guard_calliter(src, patch, native):
    """iter(callable, sentinel)'s __next__, and that of the iterator over an object
    with __getitem__ alone, are never re-entered (iter_next in wall.py): 3.11 holds
    the callable and the sentinel borrowed while it calls and compares them, and a
    next() of the same iterator from there that meets the sentinel frees both (the
    eleventh round's ok_04: the reflected __eq__ receives a freed sentinel; a freed
    callable's own code goes on). Like a generator's, from another thread too."""
    cls = type(iter(int, 1))
    wall_patch_type(cls, patch, native, {
        "__next__": wall_bind(src["iter_next"], (
            cls.__dict__["__next__"], set(), id, RuntimeError,
            "iter(callable, sentinel) re-entered from its callable or sentinel"),
            {"__builtins__": {}})})
    # The iterator of an object with __getitem__ and no __iter__ (round 78): both a
    # next() from that __getitem__ and the outer call meet IndexError, and each
    # drops the reference to the object it held, so the object is freed while a
    # list still holds it.
    class Indexed:
        def __getitem__(self, i):
            raise IndexError(i)
    cls = type(iter(Indexed()))
    wall_patch_type(cls, patch, native, {
        "__next__": wall_bind(src["iter_next"], (
            cls.__dict__["__next__"], set(), id, RuntimeError,
            "an iterator over __getitem__ re-entered from that __getitem__"),
            {"__builtins__": {}})})


def wall_guard_itertools_state(bind, patch, native):
    """What itertools' pickling methods (__reduce__, __setstate__) hand out and take
    in, where 3.11 trusts it later without a check: cycle's list (a copy each way:
    cycle_reduce, cycle_setstate), tee's index into its data object (at most what
    the object has read: tee_setstate), the state of a combinatoric iterator that
    yields nothing more (skipped: combinatoric_setstate). Run after
    wall_guard_itertools and wall_guard_iterators: cycle's __setstate__ is then the
    re-entry guard's, which this one calls, and a list iterator's __reduce__ the
    wall's. The others' are safe: accumulate, chain, groupby, islice, product,
    takewhile and dropwhile take objects or clamped numbers, and their __reduce__
    hands out those objects or new tuples."""
    import itertools
    import operator
    cycle = itertools.cycle
    list_iterator = type(iter([]))
    last = [None, None]  # the copy cycle_reduce made last, the list it stands for
    wall_patch_type(cycle, patch, native, {
        "__reduce__": bind("cycle_reduce", cycle.__dict__["__reduce__"], list.copy,
                           list_iterator, list_iterator.__dict__["__reduce__"],
                           list_iterator.__dict__["__setstate__"], iter, type, len,
                           last),
        "__setstate__": bind("cycle_setstate", cycle.__dict__["__setstate__"], tuple,
                             list, issubclass, type, list.copy, tuple.__len__,
                             tuple.__getitem__, last)})
    tee = type(itertools.tee([], 1)[0])
    data = type(tee.__reduce__(itertools.tee([], 1)[0])[2][0])
    wall_patch_type(tee, patch, native, {
        "__setstate__": bind("tee_setstate", tee.__dict__["__setstate__"], tuple,
                             issubclass, type, tuple.__len__, tuple.__getitem__, data,
                             data.__dict__["__reduce__"], operator.index, int, len,
                             ValueError)})
    for cls, empty_only in ((itertools.combinations, False),
                            (itertools.permutations, False),
                            (itertools.combinations_with_replacement, True)):
        wall_patch_type(cls, patch, native, {
            "__setstate__": bind("combinatoric_setstate", cls.__dict__["__setstate__"],
                                 cls.__dict__["__reduce__"], len, empty_only)})


def wall_guard_audit(bind, refuse, stdlib):
    """sys.audit for everyone once the wall is armed (sys_audit in wall.py): what it
    raises is the event "sys.audit", never the name its caller chose, which the
    hook's audit_refusal puts in the label as the caller's unless a standard library
    statement raised its own event. The original stays in the guard's constants and
    in the wall's input (stream_input); sys.__dict__ is the module's own dict, so
    there is no other way to it. Answers (the guard, audit_refusal for the hook)."""
    guard = bind("sys_audit", sys.audit, issubclass, type, str, str.__str__,
                 tuple.__getitem__)
    guard.__name__ = guard.__qualname__ = "audit"
    ops = opcode.opmap
    loads = frozenset(ops[n] for n in ("LOAD_FAST", "LOAD_CONST", "LOAD_DEREF",
                                       "LOAD_GLOBAL"))
    labeller = bind("audit_refusal", refuse, sys._getframe, guard.__code__,
                    (stdlib, "<frozen "),
                    str.startswith, type, str, len, BaseException,
                    tuple(opcode._inline_cache_entries), ops["EXTENDED_ARG"],
                    ops["PRECALL"], ops["CALL"], ops["LOAD_METHOD"], ops["LOAD_ATTR"],
                    ops["LOAD_CONST"], loads, ops["LOAD_GLOBAL"])
    return guard, labeller


def wall_guard_streams(bind, patch):
    """print, input and sys.displayhook (3.11's hold sys.stdout, sys.stdin and
    sys.stderr borrowed while the program's code runs: gh-130163, the eleventh
    round's ok_08) become the wall's, which hold the stream (stream_print passes it
    to the original as file=; stream_input and stream_displayhook are the originals
    written out). In builtins, so the library's calls are the wall's too; the
    program's builtins are copied from them after arming (wall_warm)."""
    import builtins
    sysdict = sys.__dict__
    printer = bind("stream_print", builtins.print, dict.get, sysdict, RuntimeError)
    # wall_bind carries __defaults__; print's are keyword-only.
    printer.__kwdefaults__ = dict(printer.__kwdefaults__ or {}, sep=None, end=None,
                                  file=None, flush=False)
    patch(builtins, "print", printer)
    patch(builtins, "input", bind("stream_input", dict.get, sysdict, sys.audit, len,
                                  str, str, bytes, issubclass, type, str.__len__,
                                  str.__getitem__, bytes.__len__, bytes.__getitem__,
                                  slice, RuntimeError, TypeError, EOFError,
                                  BaseException))
    hook = bind("stream_displayhook", dict.get, sysdict, builtins, setattr, getattr,
                repr, RuntimeError, UnicodeEncodeError, str.encode, bytes.decode)
    for name in ("print", "input"):
        getattr(builtins, name).__name__ = getattr(builtins, name).__qualname__ = name
    hook.__name__ = hook.__qualname__ = "displayhook"
    patch(sys, "displayhook", hook)
    patch(sys, "__displayhook__", hook)


def wall_guard_exceptions(bind, patch, native):
    """The str() of the built-in exceptions (the twelfth round's ok_05 and kin; the
    verdict on each is in image/README.md): OSError's four fields (errno,
    strerror, filename, filename2; every subclass inherits them and its __str__)
    become properties that keep what they replace or delete (keep_set, keep_del in
    wall.py: 3.11's __str__ reads all four borrowed into one PyUnicode_FromFormat,
    whose %S and %R run the program's code, which could drop the fields still to
    come; its __init__ leaks, never frees, what it replaces); UnicodeDecodeError's
    str() is written out (decode_error_str: 3.11 reads a byte at a start it checks
    from above only, of an object it never checks is bytes), and so are
    UnicodeEncodeError's and UnicodeTranslateError's (encode_error_str: 3.11
    converts reason and encoding borrowed, one after the other, and the first
    conversion's code can set the second field to an object that the second then
    frees under its own conversion; their __init__ frees what it replaces)."""
    methods = OSError.__dict__
    keep = []
    fields = {}
    for name in ("errno", "strerror", "filename", "filename2"):
        member = methods[name]
        fields[name] = property(bind("field_get", member.__get__),
                                bind("keep_set", member.__get__, member.__set__, keep),
                                bind("keep_del", member.__get__, member.__delete__,
                                     keep), member.__doc__)
    wall_patch_type(OSError, patch, native, fields)
    methods = UnicodeDecodeError.__dict__
    wall_patch_type(UnicodeDecodeError, patch, native, {
        "__str__": bind("decode_error_str", str, *(
            methods[name].__get__
            for name in ("object", "start", "end", "encoding", "reason")),
            bytes, issubclass, type, bytes.__len__, bytes.__getitem__)})
    for cls in (UnicodeEncodeError, UnicodeTranslateError):
        methods = cls.__dict__
        wall_patch_type(cls, patch, native, {
            "__str__": bind("encode_error_str", str, *(
                methods[name].__get__ for name in ("object", "start", "end")),
                methods["encoding"].__get__ if cls is UnicodeEncodeError else None,
                methods["reason"].__get__, issubclass, type, str.__len__, ord,
                str.__getitem__, IndexError)})


def wall_guard_functools(module, bind, patch, native):
    """functools.partial (the twelfth round's ok_04, gh-154189's class) keeps what
    its __setstate__ replaces (partial_setstate in wall.py: 3.11 calls the function
    with it borrowed) and refuses it during its own __repr__ (busy_call: gh-144475).
    Its calls are untouched (its vectorcall and __call__ stay CPython's: a nested
    partial is flattened only when its __call__ is). cmp_to_key's key keeps every
    obj it is given, replaces and deletes (keep_set, keep_del: its comparison calls
    cmp with both objs borrowed)."""
    partial = module.partial
    methods = partial.__dict__
    busy = {}
    wall_patch_type(partial, patch, native, {
        "__repr__": bind("busy_call", methods["__repr__"], busy, id),
        "__setstate__": bind("partial_setstate", methods["__setstate__"],
                             methods["__reduce__"], busy, id, RuntimeError,
                             "functools.partial changed during its own repr "
                             "(runtime wall)", [], len)})
    key = type(module.cmp_to_key(len)(0))
    obj = key.__dict__["obj"]
    keep = []
    wall_patch_type(key, patch, native, {
        "obj": property(bind("field_get", obj.__get__),
                        bind("keep_set", obj.__get__, obj.__set__, keep),
                        bind("keep_del", obj.__get__, obj.__delete__, keep),
                        obj.__doc__)})


def wall_guard_contextvars(module, bind, patch, native):
    """contextvars.Context's == and != compare copies (context_compare in wall.py:
    gh-142829, the twelfth round's ok_03). The other walks of a context's HAMT run
    no program code: its keys are ContextVars (final, compared by identity, hashed
    once), and only == compares values."""
    ctx = module.Context
    methods = ctx.__dict__
    wall_patch_type(ctx, patch, native, {
        name: bind("context_compare", methods[name], methods["copy"], ctx, type)
        for name in ("__eq__", "__ne__")})


def wall_guard_asyncio_cancel(module, bind, patch, native):
    """asyncio's C Future and Task keep every cancel message they are given for the
    rest of the run (keep_args, keep_set in wall.py: gh-126138, the twelfth round's
    ok_01: a Task's step hands its message on borrowed while the program's code
    runs, which can replace and so free it through cancel, Future.cancel, a nested
    step or the _cancel_message setter); Task.cancel holds the task's waiter for
    its call (it calls the waiter's cancel with it borrowed, and a step run from
    that lookup drops it)."""
    keep = []
    for cls in (module.Future, module.Task):
        methods = cls.__dict__
        patched = {}
        if "cancel" in methods:
            waiter = methods.get("_fut_waiter")
            patched["cancel"] = bind("keep_args", methods["cancel"], keep,
                                     (waiter.__get__,) if waiter is not None else ())
        if "_cancel_message" in methods:
            field = methods["_cancel_message"]
            patched["_cancel_message"] = property(bind("field_get", field.__get__),
                                                  bind("keep_set", field.__get__,
                                                       field.__set__, keep))
        wall_patch_type(cls, patch, native, patched)


# The io module's own C streams: what a buffered stream may wrap as its raw stream,
# and what a TextIOWrapper may wrap (wall_guard_lent_buffers).
IO_RAW = ("FileIO", "BytesIO")
IO_BUFFERS = IO_RAW + ("BufferedReader", "BufferedWriter", "BufferedRandom",
                       "BufferedRWPair")
# memoryview formats 3.11 compares itself, with no struct module (its
# get_native_fmtchar, '@' stripped; a subset is safe: the rest are compared by the
# wall).
MEMORY_NATIVE = frozenset("cbBhHiIlLqQnNfd?P")


def wall_guard_lent_buffers(bind, patch, native):
    """C code of the io classes and of memoryview that lends the program's code a
    pointer into memory it owns (the sixteenth round; the audit and its verdicts
    are in image/README.md, "Pointers lent to the program's code"):
    - a buffered stream (BufferedReader, BufferedWriter, BufferedRandom, and
      BufferedRWPair through them) wraps only FileIO or BytesIO, a TextIOWrapper
      only those and the buffered streams, exact types (io_wraps in wall.py):
      3.11 passes raw.readinto and raw.write memoryviews of its buffer, or of the
      caller's, with no export behind them (ok_03, the escape; ok_07);
    - FileIO's and BytesIO's readinto and write are data descriptors whose setter
      refuses (io_fixed), so an instance attribute of the program's (sys.stdin's
      raw stream, a BytesIO it wrapped) is never what a buffered stream calls;
    - io.RawIOBase.read is written out with readinto's length checked
      (rawio_read: ok_05);
    - memoryview.hex takes an exact str or bytes separator (memory_hex: ok_08),
      and memoryview == and != compare other than same native formats without
      3.11's lookup of struct.Struct, whose unpack_from it hands a view of a
      block it then frees (memory_compare); its hash copies the bytes before
      the object viewed is hashed (memory_hash: the twentieth round's ok_01)."""
    import operator
    raw = tuple(getattr(io, n) for n in IO_RAW)
    buffers = tuple(getattr(io, n) for n in IO_BUFFERS)
    fixed = bind("io_fixed", AttributeError)
    for cls in raw:
        methods = cls.__dict__
        wall_patch_type(cls, patch, native, {
            # The getter is types.MethodType bound to the C method: a bound
            # method has no re-initialiser and no writable state (a
            # functools.partial's __setstate__ re-stated the getter: the
            # seventeenth round's ok_03), and holds nothing of the wall.
            name: property(types.MethodType(types.MethodType, methods[name]), fixed,
                           fixed, methods[name].__doc__)
            for name in ("readinto", "write")})
    what = ("io.%s wraps only the io module's own streams (%s), not a %%s "
            "(runtime wall)")
    for name, arg, kinds in (("BufferedReader", "raw", raw),
                             ("BufferedWriter", "raw", raw),
                             ("BufferedRandom", "raw", raw),
                             ("TextIOWrapper", "buffer", buffers)):
        cls = getattr(io, name)
        wall_patch_type(cls, patch, native, {
            "__init__": bind("io_wraps", cls.__dict__["__init__"], arg, kinds, type,
                             RuntimeError, what % (name, ", ".join(
                                 k.__name__ for k in kinds)))})
    base = io.RawIOBase.__mro__[1]  # _io._RawIOBase, whose read is C
    wall_patch_type(base, patch, native, {
        "read": bind("rawio_read", operator.index, bytearray, bytes, len,
                     ValueError)})
    methods = memoryview.__dict__
    struct = _struct
    wall_patch_type(memoryview, patch, native, {
        "hex": bind("memory_hex", methods["hex"], str, bytes, type, issubclass, len,
                    str.__str__, bytes.__getitem__, ValueError, TypeError, slice),
        **{name: bind("memory_compare", methods[name], memoryview, type,
                      name == "__ne__", MEMORY_NATIVE, struct.Struct, struct.error,
                      NotImplemented, memoryview.release, len, TypeError, ValueError)
           for name in ("__eq__", "__ne__")},
        "__hash__": bind("memory_hash", hash, bytes, ValueError,
                         ("B", "b", "c", "@B", "@b", "@c"))})


def wall_guard_text_write(bind, patch, native):
    """TextIOWrapper.write takes a str subclass's text as an exact copy
    (text_write in wall.py): 3.11 calls text.replace by name to translate newlines
    and trusts the answer to be a str. Patched after wall_guard_detach, so the
    method it calls is the detach guard's."""
    cls = io.TextIOWrapper
    wall_patch_type(cls, patch, native, {
        "write": bind("text_write", cls.__dict__["write"], str, type, issubclass,
                      str.__str__, len)})


def wall_guard_mappingproxy(bind, patch, native):
    """mappingproxy (a type's __dict__, the wall's read-only views) never hands the
    mapping behind it to the program's code (proxy_compare and proxy_or in
    wall.py): its comparisons and | work on a copy. 3.11 compares the mapping
    itself and lets the other operand's reflected __eq__ (or __ror__) receive it
    (bpo-43838): the seventeenth round wrote a static type's dict through it
    (ok_07: the io guard's property replaced) and the current-task dict behind
    the wall's view (ok_06)."""
    import operator
    cls = types.MappingProxyType
    copy = cls.__dict__["copy"]
    ops = {"__eq__": operator.eq, "__ne__": operator.ne, "__lt__": operator.lt,
           "__le__": operator.le, "__gt__": operator.gt, "__ge__": operator.ge}
    wall_patch_type(cls, patch, native, {
        **{name: bind("proxy_compare", op, copy, NotImplemented, AttributeError)
           for name, op in ops.items()},
        **{name: bind("proxy_or", operator.or_, copy, NotImplemented, AttributeError,
                      cls, type, name == "__ror__")
           for name in ("__or__", "__ror__")}})


def wall_guard_codecs(bind, patch, bound):
    """No codec's decode function, the library's or the program's, ever gets a view
    of memory 3.11 lends it (codec_register, codec_search, codec_decode in
    wall.py): bytes.decode, bytearray.decode and str(obj, encoding) pass the
    codec's decode function a memoryview of the object's storage with no export
    behind it once the call is over (PyUnicode_Decode). Every search function is
    registered wrapped, the library's (encodings.search_function, re-registered
    here) as well as the program's, and the decode function of every answer is
    given a view of a copy instead: a library codec calls names the program can
    rebind (codecs.charmap_decode, looked up in its module's globals at each call:
    the seventeenth round's ok_01) and answers from a dict the program can write
    (encodings._cache: ok_02), so the copy is made before the library's code runs.
    The wrappers are the C half's bound calls (wall_landlock.bound): no attribute
    hands out the wall's function or the one wrapped, and no __setstate__ or
    __init__ re-states them (a functools.partial was: ok_05). No lookup cached
    before arming may answer a loaded codec unwrapped (checked below: 3.11 keeps
    each answer for good). unregister finds the program's wrapper; the library's
    search function, unregistered by the program, stays (its wrapper is
    registered, not it)."""
    import _codecs
    import codecs
    import encodings
    import encodings.aliases
    wrappers = {}
    method = bound
    decoder = bind("codec_decode", type, memoryview, bytes)
    # CodecInfo: never called (tuple.__new__ builds the answer: codec_search).
    searcher = bind("codec_search", WallLibrary(codecs.CodecInfo), issubclass, type, tuple,
                    tuple.__len__, tuple.__getitem__, method, decoder, getattr,
                    tuple.__new__, object.__setattr__)
    register = bind("codec_register", _codecs.register, method, searcher,
                    wrappers, id, callable)
    unregister = bind("codec_unregister", _codecs.unregister, wrappers, id, len)
    register.__name__ = register.__qualname__ = "register"
    unregister.__name__ = unregister.__qualname__ = "unregister"
    library = encodings.search_function
    _codecs.unregister(library)
    _codecs.register(method(searcher, library))
    bound_type = type(method(callable, None))
    # 3.11 caches each name's answer for good (no way to forget one outside a
    # debug build): a name looked up before the line above would keep the
    # library's unwrapped CodecInfo. Checked for the codecs loaded now, under
    # their names and aliases (none is, in the image: PyUnicode_Decode's fast
    # paths and the io module look nothing up); loading none.
    loaded = {n[len("encodings."):] for n in sys.modules if n.startswith("encodings.")}
    spelled = set()
    for alias, target in list(encodings.aliases.aliases.items()) + [
            (n, n) for n in loaded]:
        if target in loaded:
            for n in (alias, target):
                spelled.update((n, n.replace("_", "-"), n.upper(),
                                n.replace("_", "-").upper()))
    for name in spelled:
        try:
            info = _codecs.lookup(name)
        except LookupError:
            continue
        if type(info[1]) is not bound_type:
            raise RuntimeError("wall: codec %r was looked up before the codec "
                               "guard" % name)
    for mod in (_codecs, codecs):
        patch(mod, "register", register)
        patch(mod, "unregister", unregister)


def wall_guard_frame_namespaces(patch, bound, frame_namespace, refuse):
    """locals(), globals() and vars() refused in a frame of the wall's, in the
    builtins module itself (the program reaches its dict through any library
    function's __builtins__) and so in the program's copy (vars there is g_vars,
    which takes an argument). A C callable runs with no frame of its own: handed
    to C code the wall calls with the program's objects (the original
    list.__lt__ in a guard, a dict lookup in the hook), defaultdict(locals).
    __getitem__ answered the wall's frame: a guard's constants, the hook's tables,
    the wall's namespace (the nineteenth round's ok_03..ok_08). The wall's
    frames are those of its bound functions (WALL_SPACES) and of this module,
    whose runner and teardown call what the program set (streams, finalizers).
    The guards are C (wall_landlock.frame_namespace, wall_landlock.bound), so the
    program's own call pushes no frame either and its answer is python3's."""
    import builtins
    spaces = list(WALL_SPACES) + [globals()]
    for name in ("locals", "globals", "vars"):
        original = getattr(builtins, name)
        patch(builtins, name, bound(frame_namespace, (name, spaces, refuse, original)))


def wall_guard_array_file(cls, bind, patch, native):
    """array.array.tofile writes blocks of a copy taken before the first write
    (array_tofile in wall.py: 3.11 fixes the length before it calls f.write, the
    program's code, and reads the array's buffer after: the sixteenth round's
    ok_06). fromfile and frombytes take a bytes object or a buffer export, which
    pins what they read; tolist, tobytes and the comparisons run no code."""
    methods = cls.__dict__
    wall_patch_type(cls, patch, native, {
        "tofile": bind("array_tofile", methods["tofile"], methods["tobytes"], cls,
                       issubclass, type, len, 64 * 1024)})


def wall_guard_asyncio_current(module, bind, patch):
    """asyncio's current-task registry (module _asyncio's dict, which its C
    _leave_task reads an item of borrowed while it formats the program's task:
    the sixteenth round's ok_09, SIGSEGV): the dict's names in _asyncio,
    asyncio.tasks and asyncio become a read-only view of it, and _leave_task keeps
    the task it finds (task_leave in wall.py), so that no task stored there is
    freed while 3.11 holds it."""
    current = getattr(module, "_current_tasks", None)
    leave = getattr(module, "_leave_task", None)
    if type(current) is not dict or leave is None:
        return
    guard = bind("task_leave", leave, current, dict.get, {}, id)
    guard.__name__ = guard.__qualname__ = "_leave_task"
    view = types.MappingProxyType(current)
    for modname in ("_asyncio", "asyncio.tasks", "asyncio"):
        mod = sys.modules.get(modname)
        if mod is None:
            continue
        for name in ("_leave_task", "_c_leave_task"):
            if getattr(mod, name, None) is leave:
                patch(mod, name, guard)
        if getattr(mod, "_current_tasks", None) is current:
            patch(mod, "_current_tasks", view)


def wall_scrub_environ():
    """The container's environment out of this process's memory, in PID 1 before
    the fork (after idle_max and wall_wanted read it): os.environ's dict emptied
    with its strings zeroed first, and the strings the kernel put on the stack,
    which libc's environ points at, zeroed, environ itself set to NULL
    (wall_landlock.scrub_environ). os.environ.clear() alone left both: a program
    past the hook read HOSTNAME and HOME there (the fourteenth round's ok_03). The
    module is the file half's (wall_files): where it is missing the runner refuses
    every program anyway, and os.environ is cleared all the same."""
    try:
        import wall_landlock
        sys.modules.pop("wall_landlock", None)
    except ImportError:
        os.environ.clear()  # os.environb and posix.environ share its dict
        return
    # unsetenv would find nothing left: the C side empties the dict itself.
    try:
        wall_landlock.scrub_environ(os.environ._data)
    except OSError:
        pass  # no /proc/self/stat: the strings environ pointed at are zeroed still


# Built-in types whose __init__ may be called again on a live object in 3.11 while
# their C code calls or reads, borrowed, what __init__ replaces: (module, type,
# the members that say an object is initialised). image/README.md ("A callable
# freed during its own call") has the verdict on every other type.
INIT_ONCE = (
    ("builtins", "property", ("fget", "fset", "fdel")),
    ("builtins", "staticmethod", ("__func__",)),
    ("builtins", "classmethod", ("__func__",)),
    ("_io", "BufferedReader", ("raw",)),
    ("_io", "BufferedWriter", ("raw",)),
    ("_io", "BufferedRandom", ("raw",)),
    ("_io", "TextIOWrapper", ("buffer",)))


def wall_guard_init_once(bind, patch, native):
    """Each type of INIT_ONCE is initialised once per object (init_once in
    wall.py): a second __init__ on an initialised object is refused. The
    fourteenth round's ok_06 re-initialised a property from its own getter, which
    3.11's property_descr_get calls borrowed: the getter (a bound list.count) and
    its list were freed under the count. staticmethod's call and classmethod's
    __get__ hold the wrapped callable the same way; a buffered stream's __init__
    frees the buffer and lock its own read is using (from the raw stream's
    readinto); TextIOWrapper's drops its decoder, snapshot and pending text under a
    read or a tell.

    The streams' detach() empties the member the test reads (buffer, raw), so for
    them (the types with weak references) "initialised" is a record of the wall's
    (the fifteenth round's ok_04/ok_05: detach() then __init__ from inside the
    object's own read or tell): every object of theirs whose __init__ began, and
    the ones made before arming the program can reach (sys's standard streams and
    their buffers)."""
    import weakref
    for modname, name, members in INIT_ONCE:
        cls = getattr(sys.modules.get(modname), name, None)
        if cls is None:
            continue
        methods = cls.__dict__
        getters = tuple(methods[m].__get__ for m in members)
        seen = {} if cls.__weakrefoffset__ else None
        if seen is not None:
            for stream in (sys.stdin, sys.stdout, sys.stderr):
                for obj in (stream, getattr(stream, "buffer", None)):
                    if type(obj) is cls:
                        seen[id(obj)] = weakref.ref(obj)
        wall_patch_type(cls, patch, native, {
            "__init__": bind("init_once", methods["__init__"], getters, RuntimeError,
                             "%s is initialised once (runtime wall)" % name, seen,
                             id, weakref.ref)})


# The streams whose detach() empties a field their other methods read again after
# calling out (wall_guard_detach).
DETACHABLE = ("TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom")


def wall_guard_detach(io_guard, patch, native):
    """No detach() of a stream while another call of the same stream runs, on any
    thread, and no call of it from another thread while detach() runs; no call of
    a TextIOWrapper at all while its tell() runs, but the flush tell makes itself,
    and no tell() while a call of another thread runs (wall_landlock.io_guard: every C method of the DETACHABLE types, and
    __next__, becomes a guard that marks the object busy for the call; detach's
    is exclusive, TextIOWrapper.tell's sole).

    3.11's detach() sets the buffer (raw) to NULL and leaves the object otherwise
    as it was; the running read, write, tell... then calls through NULL once the
    program's code it called out to returns (the fifteenth round's ok_04 without
    the second __init__: a SIGSEGV). TextIOWrapper.tell() holds the bytes of its
    snapshot borrowed while it calls the decoder, the program's code when the
    codec is: a seek() or read() from there (or from another thread meanwhile)
    replaces the snapshot and frees them under it (ok_05 without detach: a heap
    read, as before). The buffered streams' own lock keeps their other methods
    from re-entering; a detach() called nowhere inside another call of the
    stream, as programs call it (sys.stdout.detach() to wrap the buffer anew),
    works as before. In C: a Python wrapper around each call made a line's
    iteration 5x slower, this one adds ~10-30 ns."""
    guard, shared, exclusive, sole = io_guard
    for name in DETACHABLE:
        cls = getattr(io, name)
        methods = {}
        for attr, method in cls.__dict__.items():
            if type(method).__name__ != "method_descriptor" and attr != "__next__":
                continue
            mode = shared
            if attr == "detach":
                mode = exclusive
            elif attr == "tell" and name == "TextIOWrapper":
                mode = sole
            what = ("%s.%s is refused while another call of the stream runs"
                    " (runtime wall)" % (name, attr) if mode != shared else
                    "%s.%s is refused while its detach() or tell() runs (runtime wall)"
                    % (name, attr))
            methods[attr] = guard(method, what, mode, attr == "flush",
                                  *((cls,) if attr == "__next__" else ()))
        wall_freeze([cls], False, static=True)
        try:
            for attr, fn in methods.items():
                patch(cls, attr, fn)
        finally:
            wall_freeze([cls], True, static=True)
        native.append(cls)


def wall_guard_borrowed_calls(bind, patch, native):
    """The other places where 3.11 calls a callable it holds borrowed in a slot the
    program can replace while the call runs (image/README.md, "A callable freed
    during its own call"): collections.defaultdict keeps every default_factory it
    replaces (keep_set, keep_del, keep_init in wall.py: the fourteenth round's
    ok_03, __missing__ calls the factory with no reference held); codecs.unregister
    keeps what it removes (keep_call: the codec lookup calls each search function
    borrowed from its list); atexit's handlers are not run again, unregistered or
    cleared while they run (exitfuncs_run, exitfuncs_change: each is called with
    its stored arguments borrowed); a built-in exception's str() and repr() hold
    the one field they convert (exc_hold: args, or SyntaxError's msg, converted
    borrowed, and replaceable by the conversion's code). sys.unraisablehook and
    sys.excepthook are kept by the hook itself (hook in wall.py: their audit events
    name them before the call)."""
    import _collections
    import _codecs
    import codecs
    dd = _collections.defaultdict
    factory = dd.__dict__["default_factory"]
    keep = []
    wall_patch_type(dd, patch, native, {
        "default_factory": property(bind("field_get", factory.__get__),
                                    bind("keep_set", factory.__get__, factory.__set__,
                                         keep),
                                    bind("keep_del", factory.__get__,
                                         factory.__delete__, keep), factory.__doc__),
        "__init__": bind("keep_init", dd.__dict__["__init__"], factory.__get__, keep)})
    unregister = bind("keep_call", _codecs.unregister, keep)
    unregister.__name__ = unregister.__qualname__ = "unregister"
    patch(_codecs, "unregister", unregister)
    patch(codecs, "unregister", unregister)
    busy = []
    run = bind("exitfuncs_run", atexit._run_exitfuncs, busy, RuntimeError)
    run.__name__ = run.__qualname__ = "_run_exitfuncs"
    patch(atexit, "_run_exitfuncs", run)
    for name in ("unregister", "_clear"):
        fn = bind("exitfuncs_change", getattr(atexit, name), busy, RuntimeError)
        fn.__name__ = fn.__qualname__ = name
        patch(atexit, name, fn)
    args = BaseException.__dict__["args"].__get__
    # OSError's and ImportError's __str__ fall back to BaseException's C function,
    # not to its slot: each holds args itself. SyntaxError's converts msg instead.
    held = {BaseException: args, KeyError: args, OSError: args, ImportError: args,
            SyntaxError: SyntaxError.__dict__["msg"].__get__}
    for cls, field in held.items():
        wall_patch_type(cls, patch, native, {
            name: bind("exc_hold", cls.__dict__[name], field)
            for name in ("__str__", "__repr__") if name in cls.__dict__})


def wall_guard_csv(module, bind, patch, native):
    """csv's reader and writer are never re-entered for the same object (call_once
    in wall.py): the fourteenth round's ok_02 called next() on a reader from its
    own input iterator while a quoted field was open; the inner call handed out the
    field list and set it to NULL, and the outer one appended to NULL (SIGSEGV).
    The writer's join buffer is shared the same way by a writerow run from a
    field's __str__. Another thread's call on the same object waits for the
    running one (threads sharing one reader, as python3 lets them)."""
    import _thread
    busy = {}
    reader = type(module.reader([]))
    writer = type(module.writer(io.StringIO()))
    what = "a csv %s re-entered from the code it runs (runtime wall)"
    wall_patch_type(reader, patch, native, {
        "__next__": bind("call_once", reader.__dict__["__next__"], busy, id,
                         _thread.get_ident, _thread.allocate_lock, RuntimeError,
                         what % "reader")})
    wall_patch_type(writer, patch, native, {
        name: bind("call_once", writer.__dict__[name], busy, id, _thread.get_ident,
                   _thread.allocate_lock, RuntimeError, what % "writer")
        for name in ("writerow", "writerows")})


def trusted_function(modname, attr):
    """The function of a TRUSTED row, if its module is loaded."""
    obj = sys.modules.get(modname)
    for part in attr.split("."):
        obj = getattr(obj, part, None)
    return obj if isinstance(getattr(obj, "__code__", None), types.CodeType) else None


def wall_trust_deps(fn):
    """What a trusted standard-library function calls by name, as (namespace, name,
    object) triples: its module's globals and the builtins it names, and the
    attributes it names of the modules among them. The hook trusts the function only
    while each is still the same object: a program that replaces one (a module's
    `types`, a builtin of the library's builtins dict) could be handed what the
    function read (inspect._signature_is_functionlike passes a code object to
    isinstance(code, types.CodeType))."""
    names, codes = set(), [fn.__code__]
    while codes:
        code = codes.pop()
        names.update(code.co_names)
        codes.extend(c for c in code.co_consts if isinstance(c, types.CodeType))
    glob = fn.__globals__
    builtins = glob.get("__builtins__")
    if isinstance(builtins, types.ModuleType):
        builtins = vars(builtins)
    deps = []
    for name in sorted(names):
        if name in glob:
            value = glob[name]
            deps.append((glob, name, value))
            if isinstance(value, types.ModuleType):
                attrs = vars(value)
                deps.extend((attrs, a, attrs[a]) for a in sorted(names) if a in attrs)
        elif isinstance(builtins, dict) and name in builtins:
            deps.append((builtins, name, builtins[name]))
    return tuple(deps)


CODE_ATTRS = ("__code__", "__defaults__", "__kwdefaults__")
EXEC_EVENTS = ("exec", "compile")
CORO_ATTRS = ("cr_code", "gi_code", "ag_code", "cr_frame", "gi_frame", "ag_frame")

# The standard library functions the hook trusts, and for what: "read" an audited
# attribute (frame and code internals), "exec" (exec/eval/compile) or "frame"
# (sys._getframe), each only at its own instructions for it (wall_sites).
# unittest: its result asks whether a traceback level is its own ('__unittest'
# in tb.tb_frame.f_globals, a bool), and assertRaises clears the frames of the
# traceback it caught (traceback.clear_frames). Neither hands the frame out.
# Standard library functions that read a function's __code__, __defaults__ and
# __kwdefaults__ (all audited) for its flags, first line or signature, and hand
# none of it out.
# asyncio's repr of a task or coroutine (also in "Task was destroyed but it is
# pending!"), of a handle or a future's callbacks: a file name and a line number
# out of the coroutine's code and frame, or a function's code.
# dataclasses' generated methods, namedtuple's __new__ (exec and compile of text they
# build); namedtuple, typing's TypeVar and Enum's functional API ask for their
# caller's module name (sys._getframe(n).f_globals["__name__"]).
# Rows: (module that must be loaded, module, function, kind, events or attribute
# names).
TRUSTED = (
    ("unittest", "unittest.result", "TestResult._is_relevant_tb_level",
     "read", ("tb_frame",)),
    ("unittest", "traceback", "clear_frames", "read", ("tb_frame",)),
    ("typing", "typing", "overload", "read", CODE_ATTRS),
    ("inspect", "inspect", "_has_code_flag", "read", CODE_ATTRS),
    ("inspect", "inspect", "_signature_from_function", "read", CODE_ATTRS),
    ("inspect", "inspect", "_signature_is_functionlike", "read", CODE_ATTRS),
    ("asyncio.coroutines", "asyncio.coroutines", "_format_coroutine",
     "read", CORO_ATTRS),
    # the repr of a handle, a future's callbacks, a task: file and line of a function
    ("asyncio.format_helpers", "asyncio.format_helpers", "_get_function_source",
     "read", CODE_ATTRS),
    ("dataclasses", "dataclasses", "_create_fn", "exec", EXEC_EVENTS),
    ("collections", "collections", "namedtuple", "exec", EXEC_EVENTS),
    # compiles to an AST only (traceback's carets)
    ("ast", "ast", "parse", "exec", ("compile",)),
    # compiles a string annotation (Optional["Node"]) to a code object it keeps;
    # evaluating it (get_type_hints) is an exec, refused
    ("typing", "typing", "ForwardRef.__init__", "exec", ("compile",)),
    ("collections", "collections", "namedtuple", "frame", ()),
    ("typing", "typing", "_caller", "frame", ()),
    ("enum", "enum", "EnumType._create_", "frame", ()))


# Where a trusted function does what it is trusted for: C callables (attrgetter, a
# property with a C getter, functools.partial and lru_cache, map) push no frame, so
# a program's callable run by a trusted function at any other instruction (a `for`
# over the program's iterator, a read of the program's object) would be taken for
# the function itself. The hook accepts a trusted event only at these instructions.
SITE_CALLEES = frozenset(("_getframe", "getframe", "exec", "eval", "compile"))
SITE_ATTRS = frozenset(("tb_frame", "f_code") + CODE_ATTRS + CORO_ATTRS)
# Argument loads between a callee and its call that run no C callable at the
# function's own instruction (BINARY_OP may run the program's __add__, in a frame
# of its own; a global load reads the module's dict, which wall_trust_deps watches).
SITE_ARGS = frozenset(opcode.opmap[n] for n in ("LOAD_FAST", "LOAD_CONST", "KW_NAMES",
                                                "BINARY_OP", "LOAD_GLOBAL"))
OP = opcode.opmap
# What each of SITE_ARGS does to the count of values still to be found, walking back
# from a call to its callee: a load is one value, BINARY_OP takes two for one.
SITE_ARG_NEED = {OP["BINARY_OP"]: 1, OP["KW_NAMES"]: 0}
SITE_MEMO = {}  # id(code) -> sites, filled before the fork for the loaded library


def wall_sites(code):
    """{offset: (variable, name, argument locals)} of code's trusted instructions,
    read from its bytecode (3.11: two-byte units, inline caches after each
    instruction):
    - a call of a callee named in SITE_CALLEES (sys._getframe, the wall's getframe,
      exec, eval, compile) with plain arguments: its PRECALL and CALL (a builtin's
      call happens in PRECALL once specialized), as (None, callee, the local
      variables its arguments load). The callee converts its arguments inside the
      call (sys._getframe runs an object's __index__): the hook wants each such
      local to hold a value of a built-in type that runs no code;
    - a read of an audited attribute of a local, `v.tb_frame` or
      `getattr(v, "__code__", ...)` / `hasattr(v, "cr_code")`: (v, attribute). The
      hook then also wants the object read to be the one v holds (or v's function,
      v being a bound method): a C property on v's class reads another."""
    memo = SITE_MEMO.get(id(code))
    if memo is not None and memo[0] is code:
        return memo[1]
    raw, caches = code.co_code, opcode._inline_cache_entries
    ins, ext, i = [], 0, 0
    while i < len(raw):
        op, arg = raw[i], raw[i + 1] | ext
        ext = arg << 8 if op == OP["EXTENDED_ARG"] else 0
        if not ext:
            ins.append((i, op, arg))
        i += 2 + 2 * caches[op]
    names = code.co_names

    def name_of(op, arg):
        if op == OP["LOAD_GLOBAL"]:
            return names[arg >> 1]
        if op in (OP["LOAD_ATTR"], OP["LOAD_METHOD"]):
            return names[arg]
        if op == OP["LOAD_FAST"]:
            return code._varname_from_oparg(arg)
        return None

    sites = {}
    for k, (offset, op, arg) in enumerate(ins):
        if (op in (OP["LOAD_ATTR"], OP["LOAD_METHOD"]) and names[arg] in SITE_ATTRS
                and k and ins[k - 1][1] == OP["LOAD_FAST"]):
            sites[offset] = (code._varname_from_oparg(ins[k - 1][2]), names[arg], ())
        if op != OP["PRECALL"]:
            continue
        # Back over exactly the arg values the call takes, to the callee's load.
        j, need = k, arg
        while need > 0 and j > 0 and ins[j - 1][1] in SITE_ARGS \
                and not (ins[j - 1][1] == OP["LOAD_GLOBAL"] and ins[j - 1][2] & 1):
            j -= 1
            need += SITE_ARG_NEED.get(ins[j][1], -1)
        if need or j == 0 or ins[j - 1][1] == OP["KW_NAMES"]:
            continue
        j -= 1
        callee, args, site = name_of(ins[j][1], ins[j][2]), ins[j + 1:k], None
        if callee in SITE_CALLEES:
            site = (None, callee, tuple(code._varname_from_oparg(a[2]) for a in args
                                        if a[1] == OP["LOAD_FAST"]))
        elif (callee in ("getattr", "hasattr") and ins[j][1] == OP["LOAD_GLOBAL"]
              and len(args) >= 2 and args[0][1] == OP["LOAD_FAST"]
              and args[1][1] == OP["LOAD_CONST"]
              and code.co_consts[args[1][2]] in SITE_ATTRS
              and all(a[1] in (OP["LOAD_CONST"], OP["LOAD_GLOBAL"]) for a in args[2:])):
            site = (code._varname_from_oparg(args[0][2]), code.co_consts[args[1][2]], ())
        if site is not None:
            sites[offset] = site
            if k + 1 < len(ins) and ins[k + 1][1] == OP["CALL"]:
                sites[ins[k + 1][0]] = site
    SITE_MEMO[id(code)] = (code, sites)
    return sites


def wall_extend(armed, source):
    """Imports what the program's import statements name (each allowed module's part
    of the preload) before any of it runs, with _imp's loaders lent back for the
    time, then adopts the new modules. Nothing is loaded during the run itself."""
    policy, patches, adopt = armed[4][0], armed[3][1], armed[4]
    parts = policy.get("preload_for", {})
    codecs = frozenset(policy.get("codecs", ()))
    # The coding cookie's codec first: the parse below (and the compile of the
    # program) decode the source with it, and a CJK codec is an extension module.
    loaded = wall_lend_import(patches, [n for n in cookie_codecs(source, codecs)
                                        if n not in sys.modules])
    wanted = []
    for name in program_imports(source, codecs):
        part = parts.get(name) or ((name,) if name in codecs else ())
        wanted.extend(n for n in part if n not in sys.modules)
    # What a C function imports at its first call (time.strptime's _strptime), when
    # the program spells its name.
    for word, part in policy.get("preload_on_word", {}).items():
        if word.encode("ascii") in source:
            wanted.extend(n for n in part if n not in sys.modules)
    if wall_lend_import(patches, wanted) or loaded:
        wall_adopt(adopt)


def wall_lend_import(patches, wanted):
    """wall_import with _imp's loaders lent back for the time. Answers whether
    there was anything to import."""
    if not wanted:
        return False
    lent = [(obj, name, getattr(obj, name), orig) for obj, name, orig in patches
            if name in IMP_LOADERS and obj is sys.modules.get("_imp")]
    for obj, name, _, orig in lent:
        setattr(obj, name, orig)
    try:
        wall_import(wanted)
    finally:
        for obj, name, denied, _ in lent:
            setattr(obj, name, denied)
    return True


# PEP 263's cookie, looked for in the first two lines (a superset of the
# tokenizer's reading: a codec loaded for nothing costs a little time, one missed
# is loaded by the compile after the wall is adopted).
COOKIE = re.compile(rb"coding[:=][ \t]*([-\w.]+)")


# Words after which a program may look a codec up by name (str.encode, bytes.decode,
# io's encoding=, str(b, name), bytes(s, name), bytearray(s, name), json's load of
# bytes, which picks utf-16 or utf-32 itself): the common codecs
# then come along (utf-8, ascii and latin-1 need none: C fast paths).
CODEC_WORDS = (b"encod", b"decod", b"codec", b"str(", b"bytes(", b"bytearray(",
               b"load(", b"loads(")
# A short quoted word that may name a codec.
CODEC_LITERAL = re.compile(rb"""['"]([A-Za-z][A-Za-z0-9_.-]{1,30})['"]""")


def codecs_named(source, known):
    """The codec modules of known whose names (or aliases) a string literal of the
    program spells, as str.encode, bytes.decode and io look them up: "cp1251",
    "utf-16", "shift_jis"."""
    return codec_modules(CODEC_LITERAL.findall(source), known)


def cookie_codecs(source, known):
    """The codec module of the program's coding cookie, if it names one of known."""
    head = b"\n".join(source.replace(b"\r", b"\n").split(b"\n", 2)[:2])
    if b"coding" not in head:
        return set()  # most programs: no regular expression, no codec lookup
    return codec_modules(COOKIE.findall(head), known)


def codec_modules(words, known):
    """The modules of known that the codec names among words (bytes) would load,
    found as the encodings package's search function finds them."""
    import encodings
    import encodings.aliases
    found = set()
    for word in words:
        norm = encodings.normalize_encoding(word.decode("ascii", "replace")).lower()
        norm = norm.replace(".", "_")
        name = "encodings." + encodings.aliases.aliases.get(norm, norm)
        if name in known:
            found.add(name)
    return found


def program_imports(source, codecs):
    """The modules a program's import statements (and literal __import__ calls) name,
    each with its parents, read from CPython's own parse, and the codec modules of
    codecs it may look up by name. Names it cannot see are refused at run time like
    any import that would load a module."""
    names = set()
    if any(w in source for w in CODEC_WORDS):
        names.add("encodings")
    names.update(codecs_named(source, codecs))
    if b"import" not in source:
        return names
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return names  # compiling it reports the error
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.append(node.module)
            found.extend(node.module + "." + a.name for a in node.names)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id == "__import__" and node.args
              and isinstance(node.args[0], ast.Constant)
              and isinstance(node.args[0].value, str)):
            found.append(node.args[0].value)
    for name in found:
        parts = name.split(".")
        names.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
    return names


# Modules that give raw memory access (or an interpreter without the hook): none may
# be loaded in the runner, nor any object of theirs survive (object.__subclasses__()
# reaches every class without an event). ctypes: arbitrary read/write through a
# Union of pointers with no audit event. _testcapi, _testinternalcapi, _testbuffer:
# raw memory and interpreter internals by design. _xxsubinterpreters: a new
# interpreter has no audit hook. mmap: a mapping is a raw view of a file or of
# shared memory (mmap.__new__ is audited, but nothing allowed needs the module).
# _posixshmem: shm_open makes a shared-memory file without the open event.
# The one object of theirs the runner holds by design is the page of the wall's
# refusal proof (proof_page), so its class, mmap.mmap, survives: PAGE_TYPES.
# Judged harmless and allowed: _multiprocessing (semaphores, no memory; loaded by
# concurrent.futures), array and memoryview (bounds-checked views of their own
# buffers), gc (get_objects/get_referrers/get_referents are audited and refused).
MEMORY_MODULES = ("_ctypes", "ctypes", "_testcapi", "_testinternalcapi", "_testbuffer",
                  "_testmultiphase", "_ctypes_test", "_xxsubinterpreters", "mmap",
                  "_posixshmem")


# The class of the proof's page (proof_page fills it): the type alone, which the
# program reaches through object.__subclasses__() in any case, never the page.
PAGE_TYPES = []


def wall_check_inherited():
    """Raises when the runner holds a module of MEMORY_MODULES or a class of one:
    the wall is then not armed and the runner never reports ready (fails closed).
    Answers every class alive now, before the program: the interpreter's and the
    preloaded library's, whose namespaces the program may not write (wall_freeze)."""
    loaded = [m for m in MEMORY_MODULES if m in sys.modules]
    if loaded:
        raise RuntimeError("wall: memory-access modules loaded: %s" % ", ".join(loaded))
    seen, found, todo = set(), [], [object]
    while todo:
        cls = todo.pop()
        if id(cls) in seen:
            continue
        seen.add(id(cls))
        found.append(cls)
        try:
            mod = type.__dict__["__module__"].__get__(cls, type)
        except Exception:
            mod = None
        if isinstance(mod, str) and mod.split(".")[0] in MEMORY_MODULES \
                and not any(cls is t for t in PAGE_TYPES):
            raise RuntimeError("wall: a class of %s survives in the runner: %r"
                               % (mod, cls))
        try:
            todo.extend(type.__subclasses__(cls))
        except TypeError:
            pass
    return found


# CPython 3.11's type flags: a heap type (a class made by a class statement or a C
# extension's spec) and an immutable one, whose attributes and __class__ cannot be
# set (type_setattro and object_set_class check the bit).
HEAPTYPE, IMMUTABLETYPE = 1 << 9, 1 << 8
# Where tp_flags sits in a PyTypeObject on a 64-bit build (after the variable-size
# object head and nineteen pointer-sized slots); checked on `type` itself first.
TP_FLAGS_OFFSET = 168
# Library classes the library itself writes into during a run, left mutable (the
# guarded setattr still refuses the program; found by reading the preloaded sources
# for stores into a class inside a function, and by the benign suites): difflib's
# HtmlDiff counts its tables in a class attribute, weakref.finalize notes its atexit
# registration, unittest's suite runner records class fixtures on the class of each
# test it runs (its own FunctionTestCase and _FailedTest included).
WRITTEN_BY_LIBRARY = (("difflib", "HtmlDiff"), ("weakref", "finalize"),
                      ("unittest.case", "TestCase"), ("unittest.case", "FunctionTestCase"),
                      ("unittest.loader", "_FailedTest"))


def wall_freeze(classes, on, static=False):
    """Sets (on) or clears the immutable bit of each heap type of classes, through
    /proc/self/mem (no ctypes: the runner may hold no raw memory access once the
    program runs, and this file is closed before it does). A class attribute store
    raises no audit event in CPython 3.11, and a library's own code stores into the
    classes it is handed: with the bit set, `json.JSONEncoder.default = f`, written
    by the program or by a library __init__ called on the class, raises TypeError.
    Answers the classes changed. Raises, and the wall fails closed, when the flags
    word is not where this build keeps it. Static types (the interpreter's own,
    immutable from the start) only with static: wall_patch_type."""
    flags = type.__dict__["__flags__"].__get__
    keep = set()
    for modname, name in WRITTEN_BY_LIBRARY:
        keep.add(id(getattr(sys.modules.get(modname), name, None)))
    changed = []
    # The runner's own, opened before its kernel filter (which refuses opens for
    # writing) and closed before the program runs (wall_mem); PID 1 opens one here.
    fd = MEM[0] if MEM else os.open("/proc/self/mem", os.O_RDWR)
    try:
        if int.from_bytes(os.pread(fd, 8, id(type) + TP_FLAGS_OFFSET),
                          sys.byteorder) != flags(type):
            raise RuntimeError("wall: tp_flags is not at offset %d" % TP_FLAGS_OFFSET)
        for cls in classes:
            f = flags(cls)
            if (not f & HEAPTYPE and not static) or bool(f & IMMUTABLETYPE) == on \
                    or id(cls) in keep:
                continue
            # Every type object has the layout checked on `type` above; the type's
            # own flags, read back, say the write landed (a pread before each
            # write doubled the syscalls: 0.7 ms per container).
            os.pwrite(fd, (f ^ IMMUTABLETYPE).to_bytes(8, sys.byteorder),
                      id(cls) + TP_FLAGS_OFFSET)
            if flags(cls) != f ^ IMMUTABLETYPE:
                raise RuntimeError("wall: the flags of %r moved" % (cls,))
            changed.append(cls)
    finally:
        if not MEM:
            os.close(fd)
    return changed


# The runner's descriptor of /proc/self/mem from before it reports ready until the
# program is about to run, for wall_freeze: a list of at most one.
MEM = []


def wall_mem(open_it):
    """In the runner: opens /proc/self/mem for wall_freeze before the kernel filter is
    loaded (open_it), or closes it before the program runs. The descriptor is the
    wall's alone meanwhile: nothing but the wall and the library modules it imports
    runs then, and the program, which could write raw memory through it with
    os.pwrite (no audit event), never finds it open."""
    if open_it:
        try:
            MEM.append(os.open("/proc/self/mem", os.O_RDWR | os.O_CLOEXEC))
        except OSError:
            pass  # wall_freeze then opens its own, which a loaded half refuses:
            # a program whose imports need it is refused (fails closed)
    else:
        while MEM:
            os.close(MEM.pop())


def write_all(fd, data):
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


class Reader:
    """Reads the request from fd 0 in large chunks (a syscall per byte costs more)."""

    def __init__(self, fd):
        self.fd = fd
        self.buf = b""

    def _more(self):
        chunk = os.read(self.fd, 1 << 16)
        if not chunk:
            raise EOFError("request truncated")
        self.buf += chunk

    def line(self):
        while b"\n" not in self.buf:
            if len(self.buf) > MAX_HEADER:
                raise ValueError("request header too long")
            self._more()
        line, _, self.buf = self.buf.partition(b"\n")
        return line

    def exact(self, n):
        while len(self.buf) < n:
            self._more()
        data, self.buf = self.buf[:n], self.buf[n:]
        return data


def oom_counter():
    """Opens the cgroup's OOM-kill counter (v1 memory.oom_control, v2 memory.events)
    for good: a descriptor, or -1 when neither can be read.

    Opened by PID 1 before the fork and read with pread after the run (oom_kills):
    nothing the program does to PID 1 can then keep it from its counter. Opened at
    the end, it was not: the runner shares PID 1's uid, and prlimit(1,
    RLIMIT_NOFILE, 0) left PID 1 no descriptor slot for the open, so it reported
    "unknown" (the thirteenth wall round's ok_03). The runner closes its copy."""
    for path in ("/sys/fs/cgroup/memory.events",
                 "/sys/fs/cgroup/memory/memory.oom_control"):
        try:
            fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            continue
        if oom_kills(fd) >= 0:
            return fd
        os.close(fd)
    return -1


def oom_kills(fd):
    """The OOM-kill count of the counter oom_counter opened, -1 when unknown. A
    cgroup file is made anew at each read from its start: pread at offset 0 reads
    the current count, with no open (and no allocation but the answer's)."""
    if fd < 0:
        return -1
    try:
        data = os.pread(fd, 4096, 0)
    except OSError:
        return -1
    for line in data.split(b"\n"):
        key, _, value = line.partition(b" ")
        if key == b"oom_kill":
            try:
                return int(value)
            except ValueError:
                return -1
    return -1


def load_nondumpable():
    """A function that makes this process non-dumpable, loaded before the fork.

    Called after the fork, in PID 1 only: the runner must inherit nothing that gives
    raw memory access (image/README.md, "Nothing inherited gives memory access"), and
    ctypes does with no audit event. The price is the pages PID 1 copies while
    loading it (see the README's cost section). Only _ctypes, the C module, with the
    one function type prctl needs (what ctypes.CDLL(None, use_errno=True).prctl
    makes): ctypes' package, which defines every C type and loads struct, cost 1.4
    ms more per container.
    """
    try:
        import _ctypes as ctypes

        class c_int(ctypes._SimpleCData):
            _type_ = "i"

        class Function(ctypes.CFuncPtr):
            _flags_ = ctypes.FUNCFLAG_CDECL | ctypes.FUNCFLAG_USE_ERRNO
            _restype_ = c_int
        prctl = Function(ctypes.dlsym(ctypes.dlopen(None), "prctl"))
    except Exception as e:
        error = e

        def unavailable():
            raise error
        return unavailable

    def drop_dumpable():
        PR_SET_DUMPABLE = 4
        if prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl")
    return drop_dumpable


def set_nondumpable(drop_dumpable):
    try:
        drop_dumpable()
    except Exception as e:  # the run still works; only forgery gets easier
        os.write(2, b"safe-exec entrypoint: cannot drop dumpable: %s\n"
                 % str(e).encode())


def runner(code_r, stdin_r, ready_w, done, armed, kernel, signals):
    """The child: waits for the code, then becomes the user's program (done: a list
    holding done_w, where finish() tells PID 1 it is done, and the run's done token
    it signs that with; see finish). armed: a list
    holding what wall_arm answered in PID 1 before the fork, which run_user_code
    empties: no frame of ours, nor main()'s below it, keeps the wall's objects.
    kernel: a list holding what wall_kernel and wall_files answered (the seccomp
    filter and the file half, or why there is none); both are loaded here, before
    the runner reports ready (kernel_ready), which leaves None or why not, for
    run_user_code. signals: a list holding what pid1_signals answered, emptied
    here."""
    # The interpreter's own handlers, which PID 1 gave up (pid1_signals), are the
    # program's as under plain python3: SIGINT raises KeyboardInterrupt.
    setter, handlers = signals.pop()
    for sig, handler in handlers.items():
        setter(sig, handler)
    del setter, handlers
    try:
        # Make the user's program, not PID 1, the OOM killer's first choice.
        with open("/proc/self/oom_score_adj", "w") as f:
            f.write("1000")
    except OSError:
        pass
    sys.stdin.reconfigure(encoding="utf-8")
    # Line-buffered, so the lines printed before a timeout or a kill still arrive.
    sys.stdout.reconfigure(encoding="utf-8", line_buffering=True)
    sys.stderr.reconfigure(encoding="utf-8")
    for _ in range(2):
        exec(compile(WARM_UP, MAIN_NAME, "exec"), {"sink": io.StringIO()})
    if armed[0]:
        wall_warm(armed[0])
        wall_mem(True)
        kernel[0] = kernel_ready(kernel[0])
    gc.collect()
    # What survives is ours for good: out of every later collection, like PID 1's
    # (main), so that finish()'s collections walk the program's objects alone (a
    # full one walked these too: ~15 us of every run).
    gc.freeze()
    # Our CPU time so far, so that PID 1 reports only the program's.
    ru = resource.getrusage(resource.RUSAGE_SELF)
    write_all(ready_w, b"%d %d" % (int(ru.ru_utime * 1e6), int(ru.ru_stime * 1e6)))
    os.close(ready_w)

    chunks = []
    while True:
        chunk = os.read(code_r, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(code_r)
    source = b"".join(chunks)
    if not source:
        os._exit(0)  # PID 1 gave up (bad request): nothing to run
    if armed[0]:
        try:
            wall_extend(armed[0], source)
        except Exception as e:  # fails closed: the program does not run
            refuse = armed[0][4][3]
            refuse("safe_exec.preload", str(e))
    os.dup2(stdin_r, 0)
    os.close(stdin_r)
    made = []
    status = run_user_code(source, armed, kernel, made)
    finish(status, done, made)


# What wall_warm reads the way wall_extend reads a program: an import of each kind, a
# coding cookie, a codec named by a literal.
WARM_WALL = b"""# -*- coding: utf-8 -*-
import json, os.path
from collections import abc
x = __import__("re")
print("x".encode("cp1252"), b"y".decode("utf-16"))
"""


def wall_warm(armed):
    """In the runner before it reports ready, what each run would otherwise do first
    after the code arrives, so that the faults of its first touch (copy-on-write
    pages shared with PID 1: 2-5 us each here) are taken now: wall_extend's reading
    of the source (its parse and regular expressions; nothing is imported), the
    program's builtins, made once (armed[5], which run_user_code empties), and a
    call of the hook."""
    policy = armed[4][0]
    codecs = frozenset(policy.get("codecs", ()))
    cookie_codecs(WARM_WALL, codecs)
    program_imports(WARM_WALL, codecs)
    own = dict(vars(builtins))
    own.update(armed[2])
    armed[5].append(own)
    # The hook's own path for an event it lets through (not added yet: nothing is
    # decided here; its depth count and the collector are as they were after it).
    armed[0]("object.__setattr__", (own, "warm", None))


def wall_kernel():
    """The seccomp filter the runner loads before it reports ready (wall_kernel.py),
    made here in PID 1 before the fork: libseccomp's rules are then built once, not
    in each container's runner. Answers the filter, or a message saying why there is
    none (the runner then refuses every program it runs with the wall: fails
    closed)."""
    try:
        import wall_kernel as kernel
        # Nothing may find it by name (it holds nothing of the wall's but the rules).
        sys.modules.pop("wall_kernel", None)
        return kernel.build()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


def kernel_ready(halves):
    """In the runner before it reports ready: loads the wall's kernel halves, the
    filter wall_kernel made and the file half of wall_files. Nothing the runner
    does after them needs what they refuse: the extension modules the program's
    imports may load are mapped (wall_map_extensions), their files are beneath
    FILES_READ, and wall_freeze writes through the descriptor wall_mem opened.
    Loaded here, they cost no request any time (in the run the filter cost ~250 us
    of wall time: the kernel JIT-compiles it). Answers None, or the event and the
    message the run refuses the program with (fails closed). The file half
    first: the filter is an allowlist of what runs after it, and the Landlock
    calls (and prctl) are not in it."""
    f, files = halves
    try:
        files_load(files)
    except Exception as e:
        return "safe_exec.landlock", "cannot restrict the files: %s" % e
    try:
        if isinstance(f, str):
            raise RuntimeError(f)
        kernel_load(f)
    except Exception as e:
        return "safe_exec.seccomp", "cannot load the kernel filter: %s" % e
    return None


def kernel_load(f):
    """Loads f, the filter wall_kernel made, on this process for good."""
    f.load()


# Beneath these directories alone the runner may still read once it has restricted
# itself (files_load): the standard library (its lib-dynload too) for the imports
# and a traceback's lines, the shared libraries an extension module loads (ld.so
# finds them without /etc/ld.so.cache, which it may no longer read), the locale and
# the time zones. Nothing else of the image (/etc, /proc, /usr/local/lib/safe-exec,
# /home, /tmp) and nothing written anywhere.
FILES_READ = ("@stdlib", "/usr/lib/@multiarch", "/usr/lib/locale", "/usr/share/zoneinfo")


def wall_files():
    """The wall's file half (image/landlock/wall_landlock.c, built with the image),
    found here in PID 1 before the fork, with the directories of FILES_READ that the
    image has. Answers (module, directories), or a message saying why there is none:
    the runner then refuses every program it runs with the wall (fails closed, like
    the kernel filter); a kernel without Landlock (before 5.13, or not enabled)
    says so here."""
    try:
        import wall_landlock as landlock
        # Nothing may find it by name (it can only restrict the process further).
        sys.modules.pop("wall_landlock", None)
        landlock.abi()  # OSError when the kernel has no Landlock
        multiarch = getattr(sys.implementation, "_multiarch", "")
        if not multiarch:
            raise RuntimeError("no multiarch directory for the shared libraries")
        names = (n.replace("@stdlib", os.path.dirname(os.__file__))
                 .replace("@multiarch", multiarch) for n in FILES_READ)
        return landlock, tuple(n for n in names if os.path.isdir(n))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


def files_load(files):
    """Restricts this process, for good, to reading files and listing directories
    beneath the directories of files (wall_files): nothing written, no TCP, no
    abstract unix socket or signal out of it (wall_landlock.restrict, what the
    kernel's Landlock ABI knows). Callable anywhere the runner has one thread: where
    it imports only from the standard library afterwards (before or after ready).
    Raises when it cannot: the caller fails closed."""
    if isinstance(files, str):
        raise RuntimeError(files)
    landlock, dirs = files
    landlock.restrict(dirs, landlock.READ_FILE | landlock.READ_DIR)


# How long a runner that told PID 1 it is done waits to be killed before it exits on
# its own (DONE_WAIT_S: PID 1 took its figures, or never got the message).
DONE_WAIT_S = 1.0
# How often PID 1 reaps orphans while it waits for a runner (run_wait).
ORPHAN_REAP_S = 0.25


def finish(status, done, made):
    """Exits as the interpreter would, minus the teardown of the library's modules,
    and tells PID 1 before the exit's own work begins.

    A full Py_Finalize costs ~20 ms here, longer than most runs: it is replaced by
    what a program can observe of it, in its order (Py_FinalizeEx): non-daemon
    threads joined, atexit handlers run, the standard streams flushed, a collection
    (if the program left the collector on), the program's globals (made: its
    __main__'s dict) dropped (teardown), then a collection of the cycles that freed,
    and the streams flushed again. So the
    __del__ of an object the program's globals held runs, and a writer the program
    made over sys.stdout.buffer and never flushed is flushed by its close, as under
    python3 (the fifteenth round's ok_01: both lines were lost). This runs the
    program's code, under the wall like the rest of it. The library's modules are
    not torn down: objects only they hold are not collected, which only files left
    open in the throw-away /tmp could notice.

    Then, its last output written, the runner writes its exit status to done_w and
    waits (at most DONE_WAIT_S) instead of exiting: PID 1 takes the run's figures
    from the kernel, kills it and answers at once (main: run_wait), and the exit's
    teardown (unmapping the address space: 0.6-1 ms of the kernel's time, more than
    the whole run of a print) happens after the answer. done is a list holding
    done_w and the run's done token, which the message carries: a secret PID 1 made
    before the fork, held here and in runner()'s frame, below the program's, where
    no reference of the program reaches (it finds and writes the descriptor at
    will: os.fstat and os.write raise no event; the fifteenth round's ok_03 wrote
    "0" to it, then made a refused call). A message without it is ignored, and
    PID 1 waits for the runner's end. Even a message the program could send claims
    no more than os._exit could (a status of 0-255 at a moment of its choice): a
    refusal, begun before PID 1's stop or after, is still what the answer says
    (main: refusal_begun, wall_proof). A runner whose message is lost (a program
    that closed or replaced the descriptor) exits after the wait, and PID 1 learns
    its end from the kernel, as before.
    """
    try:
        threading._shutdown()
    except Exception:
        pass
    try:
        atexit._run_exitfuncs()
    except Exception:
        pass
    status = flush_std(status)
    try:
        if gc.isenabled():
            gc.collect()
        teardown(made.pop())
        gc.collect()
    except BaseException:
        pass
    status = flush_std(status) & 0xFF
    # The functions taken before the program ran (main): the os and time modules'
    # attributes are the program's to replace.
    done_w, token, write, sleep, exit_ = done.pop()
    try:
        if write(done_w, b"%d %s\n" % (status, token)) > 0:
            # A sleep (clock_nanosleep): the kernel filter allows no select.
            sleep(DONE_WAIT_S)
    except Exception:
        pass
    exit_(status)


def flush_std(status):
    """sys.stdout and sys.stderr flushed unless closed, as the interpreter's exit
    does: a flush that fails makes a status of 0 one of 120."""
    for stream in (sys.stdout, sys.stderr):
        try:
            if not stream.closed:
                stream.flush()
        except Exception:
            status = status or 120
    return status


# What finish's teardown leaves in the program's globals: objects of these exact
# types (and classes) show nothing when dropped, and a __del__ that reads a global
# name then finds it, as under python3, which finalizes __main__'s globals with them
# intact.
INERT_TYPES = (str, int, float, complex, bool, bytes, type(None), types.ModuleType,
               types.FunctionType, types.BuiltinFunctionType)


def teardown(namespace):
    """Drops what a module's globals hold, in their order, as python3's exit frees
    __main__'s: each value that could show its end (an instance, a container, a
    generator: not a str, number, module, function or class; __builtins__ stays)
    replaced by None, so that what only the globals kept alive is freed now and its
    finalizer runs (a __del__, a writer's flush and close, a generator's finally);
    the caller's collection then takes the cycles that frees. python3 finalizes
    the globals' cycle with every name still bound; here a name replaced earlier
    reads None."""
    for key in list(namespace):
        try:
            value = namespace[key]
        except Exception:
            continue
        kind = type(value)
        # By identity: a program's class may answer == and hash as it likes. The
        # builtins stay, as python3 keeps them (and their dict, the program's copy,
        # freed here, would write the refcounts of objects shared with PID 1).
        if (type(key) is not str or key == "__builtins__"
                or any(kind is t for t in INERT_TYPES) or issubclass(kind, type)):
            continue
        try:
            namespace[key] = None
        except Exception:
            pass


def run_user_code(source, box, kernel_box, made):
    """Runs the program in a fresh __main__ (its globals appended to made, for
    finish's teardown); answers its exit status."""
    armed = box.pop()
    kernel = kernel_box.pop()
    text = source.decode("utf-8", "replace")
    linecache.cache[MAIN_NAME] = (len(text), None, text.splitlines(True), MAIN_NAME)
    module = types.ModuleType("__main__")
    module.__file__ = MAIN_NAME
    made.append(module.__dict__)
    if armed:
        # Builtins of its own (made by wall_warm): the guarded names, the rest as
        # they are.
        module.__builtins__ = armed[5].pop()
    else:
        module.__builtins__ = builtins
    sys.modules["__main__"] = module
    # multiprocessing's alias of __main__, made when a preload part loaded it: the
    # program did not import it (it may not), so, as under plain python3, none.
    sys.modules.pop("__mp_main__", None)
    sys.argv[:] = [MAIN_NAME]
    if sys.path and sys.path[0] == os.path.dirname(os.path.abspath(__file__)):
        del sys.path[0]
    loaded = len(sys.modules)
    try:
        code = compile(source, MAIN_NAME, "exec")
    except (SyntaxError, ValueError) as e:
        traceback.print_exception(type(e), e, None)
        return 1
    if armed and len(sys.modules) != loaded:
        # The compile loaded a module (a codec its cookie names, which wall_extend's
        # reading did not foresee): adopted like any other before the program runs.
        wall_adopt(armed[4])
    if armed:
        # The wall's kernel halves (the filter of wall_kernel.py; the file half,
        # reads beneath the library's directories only: wall_files), loaded before
        # ready (kernel_ready), or why not: fails closed. wall_freeze's descriptor
        # is closed, the last thing of the runner's own.
        refuse = armed[4][3]
        try:
            wall_mem(False)
        except Exception as e:
            refuse("safe_exec.seccomp", "cannot close the wall's descriptor: %s" % e)
        if kernel is not None:
            refuse(*kernel)
        del refuse
        hook, state = armed[0], armed[1]
        state[0], state[2] = code, module.__dict__
        # What arming made (the policy, the wall's sources, the originals it
        # replaced; no copy of the environment: PID 1 scrubbed it) stays alive,
        # held by the hook's state, which no reference of the program reaches (the
        # hook reads its first three items only). Dropped here, each of its objects
        # would be freed now, every free a write to a page shared with PID 1: ~0.7
        # ms of copies per run.
        state.append(armed)
        del armed, state
        sys.addaudithook(hook)  # from here on, only the program's exec is allowed
        del hook
    try:
        exec(code, module.__dict__)
    except SystemExit as e:
        if e.code is None:
            return 0
        if isinstance(e.code, int):
            return e.code & 0xFF
        print(e.code, file=sys.stderr)
        return 1
    except BaseException as e:
        # Drop our own frame, as the interpreter would show only the user's.
        e = e.with_traceback(e.__traceback__.tb_next)
        if sys.excepthook is sys.__excepthook__:
            # The traceback module reads main.py's lines from linecache; the built-in
            # hook would look for a file on disk and print no source.
            traceback.print_exception(type(e), e, e.__traceback__)
        else:
            sys.excepthook(type(e), e, e.__traceback__)
        return 1
    return 0


def feed(fd, data):
    try:
        write_all(fd, data)
    except OSError:
        pass  # the program exited without reading all of its input
    finally:
        os.close(fd)


def proof_page():
    """The page a refusal's proof goes through: an anonymous shared mapping of one
    page, made by PID 1 before the fork, so the runner shares it.

    The runner holds it through no descriptor (an anonymous mapping has none, and
    the mmap object keeps fd -1), so the raw descriptor calls that raise no audit
    event (os.write, os.close, os.dup2, os.set_blocking, os.splice) cannot fill,
    close or replace it, and nothing they write, from any thread, lands in it:
    only a store through a Python object does, and the one object with a writable
    view of it is in refuse()'s constants (a memoryview; its .obj is this mapping), which no
    reference the program can follow reaches while the hook stands. Its class
    survives in the runner (object.__subclasses__() lists it: PAGE_TYPES), and
    gives nothing without an instance: a new one is refused (mmap.__new__ is an
    audit event the hook does not allow), object.__new__ will not make one, and
    the type is immutable. The module is taken out of sys.modules at once: the
    runner never sees it loaded.

    The page is written once here, so it is in memory before the fork: refuse()'s
    store neither faults a page in (charged to the cgroup the program may have
    filled) nor copies one (the mapping is shared, not copy-on-write). One page
    of shared memory per container, charged to its cgroup."""
    import mmap
    sys.modules.pop("mmap", None)
    page = mmap.mmap(-1, mmap.PAGESIZE, flags=mmap.MAP_SHARED,
                     prot=mmap.PROT_READ | mmap.PROT_WRITE)
    page[:] = bytes(len(page))
    if not any(type(page) is t for t in PAGE_TYPES):
        PAGE_TYPES.append(type(page))
    return page


def wall_proof(page, proof):
    """Whether the runner's refuse() stored proof in page (proof_page) before the
    runner ended, and the event it refused (bytes, printable ASCII, b"" when none).

    The refusal line on stderr and exit status WALL_EXIT are what a program can
    print and do itself; the proof is a secret of this container made before the
    fork, held only in refuse()'s constants (no reference the program can follow
    reaches them) and stored in a page no descriptor of the program reaches and no
    object of its has a view of. The page is read once the runner and every process
    it left are gone, so nothing writes after the read; it serves one run (one
    runner per container) and is never cleared.

    The event is stored right after the proof, by the same function, and read only
    with it: the line refuse() writes to fd 2 names it for people, but fd 2 is the
    program's to redirect (dup2 raises no event), so the answer takes it from here."""
    if page[:len(proof)] != proof:
        return False, b""
    event = page[len(proof):len(proof) + WALL_EVENT_MAX].split(b"\0", 1)[0]
    return True, bytes(c if 0x20 <= c <= 0x7e else 0x3f for c in event)


def refusal_mark_at(proof):
    """Where in the proof page refuse() marks "refusing" (one byte, its first store):
    after the proof and the event."""
    return len(proof) + WALL_EVENT_MAX


def refusal_begun(page, proof):
    """Whether the runner's refuse() has begun (its mark, stored before the proof):
    read by PID 1 once the runner is stopped (run_stop). The program cannot store in
    the page (proof_page), so only the wall's refuse() sets it."""
    return page[refusal_mark_at(proof)] != 0


def pid1_signals():
    """Leaves PID 1 with no handler for any signal: every disposition SIG_DFL or
    SIG_IGN. Answers what puts the handlers back in the runner: the real
    _signal.signal (wall_arm replaces it) and the handlers it took away.

    The kernel drops a signal sent to a pid namespace's init from inside the
    namespace when init's disposition for it is SIG_DFL (SIGKILL and SIGSTOP
    included; the kernel's own SIGKILL, the OOM killer's, still ends it), and any
    signal is dropped when ignored: only a handled signal reaches it. The
    interpreter handles SIGINT (KeyboardInterrupt), and with it the runner, which
    shares PID 1's uid, ended PID 1 before its report by three routes: kill-like
    calls (tkill), a pidfd of /proc/1, and the kernel's own signal for a shared
    pipe's owner (F_SETOWN, F_SETSIG, O_ASYNC on the stdout both hold: the
    thirteenth wall round's ok_04, ok_01, ok_02). The kernel filter now refuses
    each of those calls (fcntl whatever its command), but in the last the kernel
    sends the signal, not the program, and the next route may be another of the
    kernel's own. Here nothing reaches PID 1 by any route, known or not. Done first thing, before the fork;
    tests/wall/pid1.py checks /proc/1/status (SigCgt 0)."""
    import _signal  # loaded at start-up (signal.py is not: nothing more is)
    setter = _signal.signal
    handlers = {}
    for sig in _signal.valid_signals():
        handler = _signal.getsignal(sig)
        if callable(handler):  # a handler of the interpreter's (SIGINT's)
            handlers[sig] = handler
            setter(sig, _signal.SIG_DFL)
    return setter, handlers


def keep_freed_blocks():
    """CPython 3.11 unmaps a frame-stack chunk as soon as the call that needed it
    returns, so a recursion that oscillates across a chunk's edge maps and unmaps
    16 KiB on every crossing (3x the CPU of one honest program); the arena cache
    (image/arena/arena_cache.c) keeps the last freed blocks instead. Installed in
    PID 1, inherited by the runner. Only speed depends on it: an image without the
    module runs as before."""
    try:
        import arena_cache
    except ImportError:
        return
    sys.modules.pop("arena_cache", None)
    arena_cache.install()


def main():
    # Before anything else: no signal can end PID 1 from inside (pid1_signals).
    signals = pid1_signals()
    idle = idle_max()  # before the environment is cleared
    wall_on = wall_wanted()  # likewise
    keep_freed_blocks()  # before the heap grows: every block after this is kept
    # Before the fork, kept open: what PID 1 reads after the run (oom_counter).
    oom_fd = oom_counter()
    # The wall's proof of a refusal: 16 random bytes per container, which the
    # runner's refuse() stores in a page shared with PID 1 (proof_page) and PID 1
    # looks for there once the runner is gone (wall_proof).
    page = proof_page()
    proof = os.urandom(16)
    # What the runner's finish() signs its "done" message with (run_wait): a
    # secret of the run the program cannot read, so the descriptor it can write
    # carries no message of the program's.
    token = os.urandom(16).hex().encode()
    # Armed here, before the fork, not in the runner: what arming writes (the
    # immutable bit of ~340 classes, the patched functions, the objects it makes)
    # is then shared, unchanged, with the runner. In the runner each of those
    # writes copied a page shared with PID 1 (~625 page faults, 1.2 ms of CPU per
    # container), and each run's exit freed the copies again (0.3 ms of every run).
    # Before the wall is armed: its import is an ordinary one then.
    kernel = files = wall = None
    if wall_on:
        kernel = wall_kernel()
        files = wall_files()
        wall = wall_arm(wall_load(page, proof))
    compile(WARM_UP, MAIN_NAME, "exec")
    report(0, oom_fd, oom_kills(oom_fd), 0.0, (0, 0))  # warms our own path after the run, too
    # Objects that exist now are shared with the runner: keep the collector off them,
    # or its first pass copies every page of the heap.
    gc.collect()
    gc.freeze()
    code_r, code_w = os.pipe()
    stdin_r, stdin_w = os.pipe()
    ready_r, ready_w = os.pipe()
    done_r, done_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        for fd in (code_w, stdin_w, ready_r, done_r) + ((oom_fd,) if oom_fd >= 0 else ()):
            os.close(fd)
        # The page and the secret stay refuse()'s alone, not this frame's as well, and
        # the wall's objects (the originals it replaced; the environment is scrubbed)
        # are in a list run_user_code empties (the eleventh wall round found them in
        # this frame, below the program's, after a memory bug had removed the hook).
        armed = [wall]
        kernel = [(kernel, files)]
        signals = [signals]
        # With the functions finish() sends it with, taken now: the program can
        # replace os.write in the os module (sys.modules["os"]), and the message's
        # token reached its function that way.
        done = [(done_w, token, os.write, time.sleep, os._exit)]
        del page, proof, wall, files, token
        runner(code_r, stdin_r, ready_w, done, armed, kernel, signals)
        os._exit(70)  # not reached
    for fd in (code_r, stdin_r, ready_w, done_w):
        os.close(fd)
    # What PID 1 reads of the runner after the run, opened now (nothing after the run
    # needs a new descriptor: see oom_counter): its end (a pidfd) and its memory peak.
    watch = run_watch(pid)
    if -1 in watch:
        # Nothing to watch the runner with: its message would go unread and it would
        # wait DONE_WAIT_S for nothing. Closed, its write fails and it exits at once.
        os.close(done_r)
        done_r = -1
    del signals
    # ctypes only now, in PID 1 alone: loaded before the fork, the runner would
    # inherit it (raw memory access with no audit event: the hook can be removed).
    # Armed, PID 1 lends itself _imp's loaders for that import.
    if wall:
        wall_lend_import(wall[3][1], ["_ctypes"])
    del wall
    set_nondumpable(load_nondumpable())
    # The runner writes its own CPU time and closes the pipe once warm.
    base = b""
    while True:
        chunk = os.read(ready_r, 64)
        if not chunk:
            break
        base += chunk
    os.close(ready_r)
    try:
        base_us = tuple(int(x) for x in base.split())[:2]
    except ValueError:
        base_us = ()
    if len(base_us) != 2:
        base_us = (0, 0)
    # The runner's CPU clocks now that it waits: what a run costs is counted from here.
    base_clocks = cpu_clocks(pid)
    write_all(1, b"\x1esafe-exec:ready\n")

    if not select.select([0], [], [], idle)[0]:
        os.write(2, b"safe-exec entrypoint: no request within the idle limit, leaving\n")
        return 3
    try:
        reader = Reader(0)
        header = reader.line().split(b" ")
        if len(header) not in (4, 5) or header[0] != b"SAFEEXEC1" or (
                len(header) == 5 and header[4] != b"nowall"):
            raise ValueError("bad request header")
        if (len(header) == 5) == wall_on:
            which = "with" if wall_on else "without"
            raise ValueError("a request %s nowall in a container %s the wall"
                             % (which, which))
        nonce = header[1]
        if not (8 <= len(nonce) <= 64 and nonce.isalnum()):
            raise ValueError("bad nonce")
        code = reader.exact(int(header[2]))
        stdin_data = reader.exact(int(header[3]))
    except (EOFError, ValueError) as e:
        os.write(2, b"safe-exec entrypoint: %s\n" % str(e).encode())
        return 2

    oom_before = oom_kills(oom_fd)
    write_all(1, b"\x1esafe-exec:" + nonce + b":begin\n")
    start = time.monotonic()
    feeder = None
    try:
        write_all(code_w, code)
    except OSError:
        pass
    os.close(code_w)
    if stdin_data:
        feeder = threading.Thread(target=feed, args=(stdin_w, stdin_data), daemon=True)
        feeder.start()
    else:
        os.close(stdin_w)

    done = run_wait(pid, done_r, watch, token)
    del token
    dur = time.monotonic() - start
    figures = None
    if done is not None:
        figures = run_figures(pid, watch, base_clocks)
    if figures is not None:
        # The runner is done and waits (finish): its figures are the kernel's, taken
        # above. Everything of the program stops now, for good, and ends with the
        # container (run_stop).
        status = done << 8
        run_stop(pid)
        if refusal_begun(page, proof):
            # The wall's refuse() was under way when the stop came (a daemon
            # thread's, or one the program timed after a message it forged): it is
            # let go on to its exit (WALL_EXIT, after the proof and its line), which
            # is then the run's end, reaped below, as refuse() never returns.
            import _signal  # built in, loaded at start-up
            try:
                os.kill(pid, _signal.SIGCONT)
            except OSError:
                pass
            figures = None
    if figures is None:
        # Reap everything (orphans are re-parented to us) until the runner is gone.
        while True:
            try:
                wpid, status = os.waitpid(-1, 0)
            except ChildProcessError:
                status = 0
                break
            if wpid == pid:
                break
        dur = time.monotonic() - start
        # Before the end markers: nothing of the program runs once the answer is
        # out, and nothing it left can write after them.
        stop_leftovers()
    refused, event = wall_proof(page, proof)
    if refused:
        # A refusal always wins over a status: refuse() exits with WALL_EXIT, and
        # only another thread's exit (os._exit: the program's word) or a message
        # could have said otherwise.
        status = WALL_EXIT << 8
    # The program is gone; what it left on the file descriptions it shared with us
    # is not: O_NONBLOCK (os.set_blocking raises no audit event, and refuse() sets it
    # on fd 2 itself) would make a marker's write fail with EAGAIN on a pipe the
    # program filled, and end PID 1 before its report.
    for fd in (1, 2):
        try:
            os.set_blocking(fd, True)
        except OSError:
            pass

    write_all(2, b"\x1esafe-exec:" + nonce + b":end\n")
    write_all(1, b"\x1esafe-exec:" + nonce + b":end "
              + report(status, oom_fd, oom_before, dur, base_us, refused, event, figures)
              + b"\n")
    linger()
    return 0


def run_stop(pid):
    """Stops every process of the program (the runner pid and what it left) before
    the answer: SIGSTOP to every process PID 1 may signal, as stop_leftovers kills
    them, then waits until the runner has stopped (each of its threads has taken the
    stop: none runs a further instruction of the program, and a write it was making
    is over). The kernel makes a fork that races the signal wait for it like the
    rest (only a program without the wall can fork). None is killed or reaped here:
    their exit's teardown (unmapping the runner's address space: 0.5-0.7 ms of a
    core, on the two cores that also relay the answer) comes with the container's
    removal (SIGKILL to the namespace), which the server does at a quiet moment
    (src/sandbox/sb_reaper.c), or when PID 1 leaves after LINGER_MAX_S."""
    import _signal  # built in, loaded at start-up
    try:
        os.kill(-1, _signal.SIGSTOP)
    except OSError:
        pass  # ESRCH: the runner is gone already
    try:
        # WNOWAIT: a runner that ended meanwhile stays a zombie, reaped with the
        # container; WEXITED: it can no longer stop.
        os.waitid(os.P_PID, pid, os.WSTOPPED | os.WEXITED | os.WNOWAIT)
    except ChildProcessError:
        pass


def run_watch(pid):
    """Opened in PID 1 right after the fork, kept for the run: a pidfd of the runner
    (readable once it has ended) and its /proc status (its memory peak, read while it
    is alive). Answers (pidfd, status_fd); either is -1 when it cannot be opened, and
    then run_wait waits for the runner's end as before (a kernel before 5.3)."""
    fds = []
    for opener in (lambda: os.pidfd_open(pid),
                   lambda: os.open("/proc/%d/status" % pid, os.O_RDONLY)):
        try:
            fds.append(opener())
        except (AttributeError, OSError):
            fds.append(-1)
    return tuple(fds)


def run_wait(pid, done_r, watch, token):
    """Waits until the runner says it is done (finish writes its status to done_r,
    signed with token) or has ended. Answers the status it said (0-255), or None
    when it ended (or its message was not one: then only its end counts; the caller
    reaps it).

    The message is finish()'s: "<status> <token>\n", the token a secret of the run
    the program cannot read. Anything else the program writes to the descriptor (it
    can: os.write raises no audit event) is ignored and the runner's end awaited, as
    is a closed descriptor (EOF). Orphans re-parented to PID 1 are reaped meanwhile,
    so their pids do not count against the container's limit."""
    pidfd = watch[0]
    if done_r < 0:
        return None
    fds = [done_r, pidfd]
    while True:
        ready = select.select(fds, [], [], ORPHAN_REAP_S)[0]
        if pidfd in ready:
            return None
        if done_r in ready:
            try:
                msg = os.read(done_r, 64)
            except OSError:
                msg = b""
            said, _, signed = msg[:-1].partition(b" ")
            if (msg.endswith(b"\n") and signed == token and said.isdigit()
                    and len(said) <= 3 and int(said) <= 255):
                return int(said)
            fds = [pidfd]
        reap_orphans(pid)


def reap_orphans(pid):
    """Reaps the ended processes re-parented to PID 1, never the runner (its status
    is the caller's to take): waitid with WNOWAIT names an ended child first. Only a
    program without the wall can leave any (the wall forks nothing)."""
    while True:
        try:
            info = os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        except ChildProcessError:
            return
        if info is None or info.si_pid == pid:
            return
        try:
            os.waitpid(info.si_pid, 0)
        except ChildProcessError:
            return


def wall_wanted():
    """Whether this container arms the wall: unless SAFE_EXEC_WALL=off is in its
    environment, which the server sets only on the containers of wall-off requests
    (sb_request.wall_off: never a user's) and of a server started for experiments
    without the wall. Known at the start, so that the runner loads its kernel filter
    before it reports ready and a wall-off request comes to a runner that never
    did; the request's header must agree (" nowall" exactly when off), so a request
    the server meant for the wall never runs without it. Taken out of the
    environment: the program sees the container's as it was."""
    return os.environ.pop("SAFE_EXEC_WALL", "on") != "off"


def idle_max():
    try:
        value = float(os.environ.get("SAFE_EXEC_IDLE_MAX_S", IDLE_MAX_S))
    except ValueError:
        value = IDLE_MAX_S
    return value if value > 0 else IDLE_MAX_S


def stop_leftovers():
    """Kills what the program left running (daemons, detached children) and reaps it.

    They all run as our user, and kill(-1) reaches every process we may signal but
    ourselves; the kernel makes a fork that races it fail, and the pids limit bounds
    the rest, so the loop ends with the namespace holding us alone.
    """
    while True:
        try:
            os.kill(-1, 9)
        except OSError:
            pass  # ESRCH: nobody left to signal
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def linger():
    """Waits to be removed rather than exiting.

    A container's teardown (runtime, cgroups, namespaces) costs the engine more CPU
    than most runs: exiting here would pay it during the next request. The server
    removes us when no run is in flight (src/sb_reaper.c); if it never does (it
    crashed), we leave on our own after LINGER_MAX_S.
    """
    deadline = time.monotonic() + LINGER_MAX_S
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return
        time.sleep(left)


# The kernel's CPU clocks of another process of the namespace (clock_getcpuclockid
# without the C call: the clock id is ~pid << 3 | which): utime+stime and utime as
# the ticks sampled them, and the exact run time of all its threads.
CPUCLOCK_PROF, CPUCLOCK_VIRT, CPUCLOCK_SCHED = 0, 1, 2


def cpu_clocks(pid):
    """The (prof, virt, sched) CPU clocks of process pid in nanoseconds, or None.
    Reading them needs no descriptor and no permission (any process of the pid
    namespace), and works until the process is reaped."""
    try:
        return tuple(time.clock_gettime_ns(((~pid) << 3) | which)
                     for which in (CPUCLOCK_PROF, CPUCLOCK_VIRT, CPUCLOCK_SCHED))
    except OSError:
        return None


def run_figures(pid, watch, base):
    """The figures of a runner that said it is done, read from the kernel while it
    waits (finish): its CPU time since ready (base: cpu_clocks then), split between
    user and system time as getrusage splits it (the exact run time, in the ratio of
    the sampled ticks), and its memory peak (VmHWM). Answers (utime_us, stime_us,
    maxrss_kb), or None when a figure cannot be read (a runner already gone: the
    caller then reaps it and reports as for one that never said it was done)."""
    now = cpu_clocks(pid)
    if now is None or base is None:
        return None
    try:
        text = os.pread(watch[1], 4096, 0)
    except OSError:
        return None
    maxrss = None
    for line in text.split(b"\n"):
        if line.startswith(b"VmHWM:"):
            try:
                maxrss = int(line.split()[1])
            except (IndexError, ValueError):
                return None
    if maxrss is None:
        return None  # the address space is gone already: the runner is exiting
    prof, virt, sched = (max(0, a - b) for a, b in zip(now, base))
    total = sched // 1000
    stime = total * (prof - virt) // prof if prof > 0 else 0
    return total - stime, stime, maxrss


def report(status, oom_fd, oom_before, dur, base_us, refused=False, event=b"",
           figures=None):
    """The end report. figures: the runner's (utime_us, stime_us, maxrss_kb) as
    run_figures read them from the kernel; None for a reaped runner, whose figures
    (and those of every process it left) are getrusage's of PID 1's children, less
    base_us, the runner's CPU time at ready."""
    oom_after = oom_kills(oom_fd)
    if oom_before < 0 or oom_after < 0:
        oom = -1
    else:
        oom = 1 if oom_after > oom_before else 0
    if figures is None:
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        figures = (max(0, int(ru.ru_utime * 1e6) - base_us[0]),
                   max(0, int(ru.ru_stime * 1e6) - base_us[1]), ru.ru_maxrss)
    exit_code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else 0
    signal = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
    return (b"exit=%d signal=%d oom=%d utime_us=%d stime_us=%d maxrss_kb=%d dur_us=%d"
            b" wall=%d"
            % ((exit_code, signal, oom) + tuple(figures)
               + (int(dur * 1e6), 1 if refused else 0))
            + (b" event=" + event.hex().encode() if refused and event else b""))


if __name__ == "__main__":
    sys.exit(main())
