# The runtime wall: the audit hook and the guarded builtins of the sandbox runner.
#
# This file is not a module: image/entrypoint.py reads it before the fork and runs
# it in a namespace of its own whose builtins are EMPTY, then binds each function
# below to the objects it needs with bind(). So:
#
# - Every function here takes what it uses from its constant K (a tuple placed in
#   its code object's constants by bind()), never from globals or builtins. A
#   program that replaces a name anywhere (builtins, a module's namespace: nothing
#   marks such a write) cannot change what the wall calls. bind() checks that no
#   function loads a global name.
# - Code objects are reachable only through events the hook refuses
#   (`function.__code__`, `frame.f_code`), so K is out of the program's reach; the
#   functions' globals, closures and defaults (not audited in CPython 3.11) hold
#   nothing.
# - A refusal by the hook ends the program at once (os._exit after a one-line
#   message on stderr): there is no exception to catch and nothing runs after it.
#
# The event-by-event decisions and their reasons are in image/README.md.


def hook(event, args):
    # Events an allowed program triggers in its ordinary work, harmless by nature.
    if event in {"builtins.id", "time.sleep", "array.__new__", "builtins.input",
                 "builtins.input/result", "sys.excepthook", "sys.unraisablehook",
                 "cpython._PySys_ClearAuditHooks", "cpython.PyInterpreterState_Clear",
                 "_thread.start_new_thread",
                 "object.__delattr__", "os.unsetenv", "sys.set_asyncgen_hook_firstiter",
                 "sys.set_asyncgen_hook_finalizer"}:
        if event == "sys.unraisablehook" or event == "sys.excepthook":
            # 3.11 calls the hook it read from sys borrowed, and the hook can
            # replace itself there (freed under its own call, the fourteenth
            # round's ok_03 shape): each one called is kept for the run.
            K = "@@K"
            K[-1].append(args[0])
            return
        if event != "object.__delattr__" or args[1] != "__code__":
            return
    K = "@@K"
    (refuse, getframe, get_ident, depth, state, str_, type_, int_, module_type,
     frame_readers, exec_callers, frame_callers, stdlib_prefix, str_startswith,
     value_error, issubclass_, bytes_, main_paths, gc_isenabled, gc_disable,
     gc_enable, gc_lock, gc_wanted, lstat, os_error, str_find, len_, trust_deps,
     dict_get, id_, trust_sites, method_type, exec_names, frame_names, no_sites,
     inert_types, dict_, looking, function_type, function_globals, wall_spaces,
     audit_refusal, kept_hooks) = K
    tid = get_ident()
    level = depth.get(tid, 0)
    if level:
        # Our own look at the caller below (sys._getframe, frame.f_code) comes back
        # here, and only that look is answered without a question: it runs with
        # looking[tid] set, around C calls alone. Program code can run inside the
        # hook otherwise (a key's __eq__ in a lookup of a namespace it wrote, a
        # metaclass's __hash__): its events are judged below like any other.
        if looking.get(tid) and (event == "sys._getframe" or (
                event == "object.__getattr__" and args[1] == "f_code")):
            return
    else:
        # Held for the whole outer call: a thread that runs while this one is in
        # the hook can neither turn the collector back on (gc.enable waits for
        # this lock) nor re-enable it by leaving a hook of its own.
        gc_lock.acquire()
        gc_disable()
    depth[tid] = level + 1
    try:
        if event == "object.__setattr__":
            name = args[1]
            # issubclass on the real type: isinstance would ask the object's own
            # __class__, running the program's code inside the hook.
            if name == "__code__" or (name == "__class__"
                                      and issubclass_(type_(args[0]), module_type)):
                refuse(event, name)
            # A function of the wall keeps its defaults (g_import's level and
            # fromlist would let an import skip the policy).
            if (name == "__defaults__" or name == "__kwdefaults__") \
                    and type_(args[0]) is function_type:
                made_in = function_globals(args[0])
                for space in wall_spaces:
                    if made_in is space:
                        refuse(event, name)
            return
        if event == "object.__getattr__":
            # Frame, code and generator internals (tb_frame, f_code, gi_frame,
            # gi_code, cr_*, ag_*, function.__code__): only named readers.
            looking[tid] = 1
            try:
                caller = getframe(0).f_back
                code = caller.f_code if caller is not None else None
            finally:
                looking[tid] = 0
            if caller is not None:
                for trusted in frame_readers.get(args[1], ()):
                    if code is trusted:
                        # Trusted while the names it calls are the library's own
                        # (a replaced module global could be handed the object).
                        for d, k, v in trust_deps.get(id_(code), ()):
                            if dict_get(d, k, trust_deps) is not v:
                                refuse(event, None, "a trusted reader's names were replaced")
                        # At its own read of this attribute, of the object its
                        # variable holds there (or that bound method's function): a
                        # C callable run elsewhere, or a C property of the program's
                        # object standing in its variable, reads something else.
                        site = dict_get(dict_get(trust_sites, id_(code), no_sites),
                                        caller.f_lasti)
                        if site is None or site[0] is None or site[1] != args[1]:
                            refuse(event, None, "read outside a trusted reader's own read")
                        held = dict_get(caller.f_locals, site[0], no_sites)
                        if held is not args[0] and not (type_(held) is method_type
                                                        and held.__func__ is args[0]):
                            refuse(event, None, "not the object a trusted reader reads")
                        return
            refuse(event, args[1])
        if event == "exec" or event == "compile":
            if event == "exec" and state[1] == 0 and args[0] is state[0]:
                state[1] = 1  # the user's program, once
                return
            if event == "compile" and type_(args[0]) is bytes_ \
                    and type_(args[1]) is str_ and str_startswith(args[1], stdlib_prefix):
                # The interpreter's own traceback printer (threads, unraisable
                # exceptions) parses a line of a standard library file for its carets.
                # A code object alone runs nothing: exec, function.__new__ and
                # __code__ assignment stay refused.
                return
            looking[tid] = 1
            try:
                caller = getframe(0).f_back
                code = caller.f_code if caller is not None else None
            finally:
                looking[tid] = 0
            if caller is not None:
                # dataclasses' generated methods, namedtuple's __new__ (both events);
                # typing.ForwardRef's compile of an annotation string (compile only:
                # evaluating it is an exec, refused)
                for trusted in exec_callers.get(event, ()):
                    if code is trusted:
                        for d, k, v in trust_deps.get(id_(code), ()):
                            if dict_get(d, k, trust_deps) is not v:
                                refuse(event, None, "a trusted caller's names were replaced")
                        # At its own call of exec/eval/compile only (see above).
                        site = dict_get(dict_get(trust_sites, id_(code), no_sites),
                                        caller.f_lasti)
                        if site is None or site[0] is not None \
                                or site[1] not in exec_names:
                            refuse(event, None, "outside a trusted caller's own call")
                        # Its arguments run no code while the callee reads them:
                        # built-in values, dicts keyed by exact str (a key's __eq__
                        # would run in a lookup of the namespace).
                        loc = caller.f_locals
                        for name in site[2]:
                            held = dict_get(loc, name)
                            # Types compared by identity only: a set lookup
                            # would hash the type (a metaclass's __hash__).
                            kind = type_(held)
                            if kind is dict_:
                                for key in held:
                                    if type_(key) is not str_:
                                        refuse(event, None, "a trusted caller's argument")
                            else:
                                for inert in inert_types:
                                    if kind is inert:
                                        break
                                else:
                                    refuse(event, None, "a trusted caller's argument")
                        return
            refuse(event, None)
        if event == "sys._getframe":
            looking[tid] = 1
            try:
                caller = getframe(0).f_back
                code = caller.f_code if caller is not None else None
            finally:
                looking[tid] = 0
            if caller is not None:
                for trusted in frame_callers:
                    if code is trusted:
                        for d, k, v in trust_deps.get(id_(code), ()):
                            if dict_get(d, k, trust_deps) is not v:
                                refuse(event, None, "a trusted caller's names were replaced")
                        site = dict_get(dict_get(trust_sites, id_(code), no_sites),
                                        caller.f_lasti)
                        if site is None or site[0] is not None \
                                or site[1] not in frame_names:
                            refuse(event, None, "outside a trusted caller's own call")
                        # The depth is an int: sys._getframe runs an object's
                        # __index__ inside the trusted call.
                        for name in site[2]:
                            if type_(dict_get(caller.f_locals, name)) is not int_:
                                refuse(event, None, "a trusted caller's argument")
                        return  # reads f_globals["__name__"] of the frame, drops it
                if caller.f_globals is not state[2]:
                    # The standard library copes with an interpreter without frames
                    # (logging, traceback.print_stack, warnings): say there is none.
                    raise value_error("call stack is not deep enough")
            refuse(event, None)
        if event == "open":
            # Reading the standard library's own files (the source lines of a
            # traceback through it); main.py, which exists nowhere, where the
            # interpreter's own traceback printer looks for it (the working
            # directory, each sys.path entry of the start). Nothing else.
            path, mode, flags = args[0], args[1], args[2]
            if type_(path) is str_ and (type_(mode) is str_ or mode is None) \
                    and type_(flags) is int_ and not (flags & 0o1103) \
                    and (path in main_paths or (str_startswith(path, stdlib_prefix)
                                                and "/." not in path
                                                and "//" not in path)) \
                    and (mode is None or ("w" not in mode and "a" not in mode
                                          and "+" not in mode and "x" not in mode)):
                # Decided on what the kernel will open, not on the string: no
                # component of the path may be a symbolic link (the standard
                # library directory holds links out of it). A missing component
                # ends the walk: the open fails, and the program cannot create one.
                i = 1 if str_startswith(path, "/") else 0
                while True:
                    j = str_find(path, "/", i)
                    try:
                        mode_bits = lstat(path if j < 0 else path[:j]).st_mode
                    except os_error:
                        return
                    if mode_bits & 0o170000 == 0o120000:
                        refuse(event, None, "symbolic link")
                    if j < 0:
                        return
                    i = j + 1
            refuse(event, None)
        if event == "socket.__new__":
            # asyncio's event loop wakes itself through a socketpair; connect, bind,
            # sendto and the rest stay refused (the container has no network).
            if type_(args[1]) is int_ and args[1] == 1:  # AF_UNIX
                return
            refuse(event, None)
        if event == "import":
            name = args[0]
            refuse(event, name if type_(name) is str_ else None)
        if event == "sys.audit":
            # A call of sys.audit from Python code (sys_audit): never the interpreter's
            # own event; audit_refusal names it.
            audit_refusal(args, looking, tid)
        refuse(event, None)
    finally:
        depth[tid] = level
        if not level:
            if gc_wanted[0]:
                gc_enable()
            gc_lock.release()


def refuse(event, detail, why=None):
    """Ends the program at once. No method of any object the program can reach runs
    here (a flush of its streams would call what it set on them, inside the hook):
    the streams are line-buffered, so what the program printed before the refused
    event is out but for a line it had not finished.
    The label names event (the interpreter's name for it, or the wall's), then in
    parentheses detail, data of the program's (a module name, a path, an attribute
    name: shown quoted, escaped and cut), and why, the wall's own words (a constant
    of the wall, shown as it is): `import ("os")`, `open (symbolic link)`."""
    K = "@@K"
    (write, exit_, status, prefix, str_, type_, len_, encode, base_exception,
     set_blocking, page, proof, label, ord_, mark) = K
    # "Refusing" before anything else, one byte beside the proof: PID 1 stops a
    # runner that said it was done (its finish() message), and a stop that lands in
    # the middle of this function must not cut the refusal in half (the fifteenth
    # round's ok_03: a status claimed early, then a refused call, answered "ok, 0").
    # Seeing the mark after the stop, PID 1 lets the runner go on to its exit below
    # and reports that (entrypoint.py main: refusal_begun).
    try:
        mark[0] = 1
    except base_exception:
        pass
    # The proof next: a program can print the line below and exit with this status
    # too, but cannot store the container's secret where PID 1 looks for it: page, a
    # view of memory shared with PID 1 that no descriptor reaches (entrypoint.py
    # proof_page, wall_proof). The store is one copy under the interpreter lock: no
    # event, no system call, nothing of the program's runs or writes between; and
    # before any call, so no pending signal's handler runs ahead of it either.
    try:
        page[:] = proof
    except base_exception:
        pass
    line = event if type_(event) is str_ else "?"
    words = why if type_(why) is str_ and why else ""
    if type_(detail) is str_:
        # The program's text, in double quotes: a quote or backslash of its own is
        # escaped, and so is every character outside printable ASCII (a newline
        # would start a line of its own in the answer). Cut so that the label fits
        # the page whole, closing quote included; "..." after it says it was cut.
        room = len_(label) - len_(line) - len_(words) - 10
        room = room if room > 16 else 16
        quoted = ""
        cut = False
        for c in detail:
            if c == "\\" or c == "\"":
                c = "\\" + c
            elif c < " " or c > "~":
                n = ord_(c)
                c = ("\\x%02x" % n if n < 0x100 else "\\u%04x" % n if n < 0x10000
                     else "\\U%08x" % n)
            if len_(quoted) + len_(c) > room:
                cut = True
                break
            quoted = quoted + c
        words = "\"" + quoted + "\"" + ("..." if cut else "") + (
            ", " + words if words else "")
    if words:
        line = line + " (" + words + ")"
    # What was refused, for the answer: beside the proof, where only PID 1 reads it
    # (wall_proof); the line on fd 2 below is for people.
    try:
        text = encode(line, "ascii", "backslashreplace")
        text = text if len_(text) <= len_(label) else text[:len_(label)]
        label[:len_(text)] = text
    except base_exception:
        pass
    line = prefix + line
    # fd 2 may be a pipe the program filled (dup2 raises no event): the write is
    # non-blocking, as a blocked one would leave the exit to the program's threads.
    try:
        set_blocking(2, False)
        write(2, encode(line + "\n", "ascii", "backslashreplace"))
    except base_exception:
        pass
    exit_(status)


def denied(*args, **kwargs):
    """The functions that replace those of modules the wall stubs out."""
    K = "@@K"
    refuse, what = K
    refuse("safe_exec.denied", None, what)


def sys_audit(*args):
    """sys.audit, for the program and the library's Python code alike
    (entrypoint.py wall_guard_audit). The original hands the hook any event name
    and arguments its caller chooses: a program that did nothing got a proven
    refusal of "socket.connect" or "os.system" (the twelfth wall round's ok_02).
    This one raises one event, "sys.audit", whose arguments are the caller's name
    and its own arguments: the interpreter never raises an event by that name, so
    no call of it can pass for one of the interpreter's (audit_refusal labels it).
    The name goes on as an exact str (a subclass's __eq__ would run in the hook).
    No event name, or one that is not a str: the original's TypeError."""
    K = "@@K"
    (audit, issubclass_, type_, str_, str_str, tuple_item) = K
    if not args or not issubclass_(type_(args[0]), str_):
        return audit(*args)
    return audit("sys.audit", str_str(tuple_item(args, 0)), *args[1:])


def audit_refusal(args, looking, tid):
    """The hook's answer to "sys.audit" (sys_audit): a refusal, as of any event not
    allowed, labelled with what happened. When sys_audit was called straight from a
    standard library statement `sys.audit("NAME", a, b)` (a plain call: the name
    its constant, the arguments plain loads) with that very name, the library did
    raise its event (shutil.copyfile, subprocess.Popen, os.walk): the label is
    NAME, as it always was. Any other caller (the program; a C callable such as map
    or functools.partial, which pushes no frame, run by a library statement that is
    not that call; a library statement of another name, its module's `sys` replaced
    by the program) chose the name itself: the label is `sys.audit ("NAME")`, the
    name quoted as the program's text. Only the caller's code object is read (the
    library's: a program cannot make one), its bytecode as 3.11 lays it out, with
    the opcodes fixed in K when the wall was armed. Library code is that of a file
    under the standard library directory, or of a module frozen into the
    interpreter (3.11 freezes os, site, codecs...: "<frozen os>"); the program's
    own code is compiled from main.py, and it can compile nothing else.
    In 3.11 a caller's f_lasti is at its CALL, or at one of the call's inline
    caches: the last instruction that starts at or before it is the call."""
    K = "@@K"
    (refuse, getframe, guard_code, library_files, str_startswith, type_, str_,
     len_, base_exception, caches, extended_arg, precall, call, load_method,
     load_attr, load_const, loads, load_global) = K
    name = args[0]  # an exact str: sys_audit
    code = None
    looking[tid] = 1
    try:
        # This function, the hook, sys_audit, its caller.
        guard = getframe(0).f_back.f_back
        if guard is not None and guard.f_code is guard_code:
            caller = guard.f_back
            if caller is not None:
                code, lasti = caller.f_code, caller.f_lasti
    finally:
        looking[tid] = 0
    library = False
    try:
        if code is not None and type_(code.co_filename) is str_ \
                and str_startswith(code.co_filename, library_files):
            raw, names, consts = code.co_code, code.co_names, code.co_consts
            ins, ext, i = [], 0, 0
            while i < len_(raw) and i <= lasti:
                op, arg = raw[i], raw[i + 1] | ext
                ext = arg << 8 if op == extended_arg else 0
                if not ext:
                    ins.append((op, arg))
                i += 2 + 2 * caches[op]
            k = len_(ins) - 1
            if k > 0 and ins[k][0] == call:
                k -= 1
            if k > 0 and ins[k][0] == precall:
                # Back over the arguments after the name: plain loads (an
                # attribute of one, `self.host`, takes the value it reads).
                j, need = k, ins[k][1] - 1
                while need > 0 and j > 1:
                    op, arg = ins[j - 1]
                    if op == load_attr:
                        j -= 1
                        continue
                    if op not in loads or (op == load_global and arg & 1):
                        break
                    j -= 1
                    need -= 1
                j -= 1
                if need == 0 and j > 0 and ins[j][0] == load_const \
                        and ins[j + 1][0] != load_attr \
                        and ins[j - 1][0] in (load_method, load_attr) \
                        and names[ins[j - 1][1]] == "audit":
                    const = consts[ins[j][1]]
                    library = type_(const) is str_ and const == name
    except base_exception:
        library = False
    if library:
        refuse(name, None)
    refuse("sys.audit", name)


def check_name(obj, name, verb):
    """The attribute rules of the checker, applied at run time. Returns name as an
    exact str; raises AttributeError naming the attribute when it is refused."""
    K = "@@K"
    (str_, type_, isinstance_, str_str, len_, dunder_allow, attr_deny, module_type,
     modules, id_, attribute_error, type_error) = K
    if type_(name) is not str_:
        if not isinstance_(name, str_):
            raise type_error("attribute name must be string, not '"
                             + type_(name).__name__ + "'")
        name = str_str(name)  # a str subclass could lie in __eq__ or __hash__
    dunder = len_(name) > 4 and name[:2] == "__" and name[-2:] == "__"
    if dunder and name not in dunder_allow:
        raise attribute_error(verb + ": attribute '" + name
                              + "' is not allowed (runtime wall)")
    if not dunder and name in attr_deny:
        raise attribute_error(verb + ": attribute '" + name
                              + "' is not allowed (runtime wall)")
    if isinstance_(obj, module_type):
        rule = modules.get(id_(obj))
        if rule is None or rule[0] is not obj:
            raise attribute_error(verb + ": attribute '" + name + "' of a module "
                                  "the program may not import is not allowed "
                                  "(runtime wall)")
        allow, deny = rule[1], rule[2]
        if (name[:1] == "_" and not dunder) or name in deny \
                or (allow is not None and name not in allow):
            raise attribute_error(verb + ": attribute '" + name + "' of module '"
                                  + rule[3] + "' is not allowed (runtime wall)")
    return name


def g_getattr(obj, name, *default):
    """The checker allows getattr by a name computed at run time on self of the
    program's own classes: whatever the receiver, the names it refuses written out
    are refused here, and also __class__ and __init__ (a class by value, and a
    re-initialiser: the checker refuses both as literal getattr names)."""
    K = "@@K"
    check, orig, attribute_error, len_ = K
    if len_(default) > 1:
        return orig(obj, name, *default)  # the original's own TypeError
    try:
        name = check(obj, name, "getattr()")
        if name == "__class__" or name == "__init__":
            raise attribute_error("getattr(): attribute '" + name
                                  + "' is not allowed (runtime wall): use type(x).__name__ "
                                  "or isinstance()")
    except attribute_error:
        if default:
            return default[0]
        raise
    return orig(obj, name, *default)


def g_hasattr(obj, name):
    K = "@@K"
    check, orig, attribute_error = K
    try:
        name = check(obj, name, "hasattr()")
    except attribute_error:
        return False
    return orig(obj, name)


def write_check(obj, name, verb, doing):
    """What setattr and delattr may write, whatever the receiver: the attribute rules
    (check_name), never a dunder by name (the checker refuses every dunder store:
    setattr(self, name, v) with a computed name on the program's own object could
    otherwise set __class__, making it an instance of a library class whose methods
    trust its private state, or replace __dict__), never a module, never a class that
    existed before the program. Returns name as an exact str."""
    K = "@@K"
    (check, isinstance_, module_type, attribute_error, issubclass_, type_, id_,
     library_types, len_) = K
    name = check(obj, name, verb)
    if len_(name) > 4 and name[:2] == "__" and name[-2:] == "__":
        raise attribute_error(verb + ": " + doing + " '" + name + "' is not allowed "
                              "(runtime wall): dunder attributes are never written by name")
    if isinstance_(obj, module_type):
        raise attribute_error(verb + ": " + doing + " attributes of a module is not "
                              "allowed (runtime wall)")
    # The real type, not isinstance: that would ask the object's own __class__.
    if issubclass_(type_(obj), type_) and id_(obj) in library_types:
        raise attribute_error(verb + ": " + doing + " attributes of a class of the "
                              "interpreter or the library is not allowed (runtime "
                              "wall): subclass it")
    return name


def g_setattr(obj, name, value):
    K = "@@K"
    write_check, orig = K
    return orig(obj, write_check(obj, name, "setattr()", "setting"), value)


def g_delattr(obj, name):
    K = "@@K"
    write_check, orig = K
    return orig(obj, write_check(obj, name, "delattr()", "deleting"))


def g_vars(*args):
    K = "@@K"
    (orig_getattr, isinstance_, module_type, type_type, dict_, len_, attribute_error,
     type_error, str_) = K
    if len_(args) != 1:
        if len_(args) == 0:
            raise attribute_error("vars() without an argument is not allowed "
                                  "(runtime wall): pass the object, vars(self)")
        raise type_error("vars expected at most 1 argument, got "
                         + str_(len_(args)))
    obj = args[0]
    if isinstance_(obj, module_type) or isinstance_(obj, type_type):
        raise attribute_error("vars(): the namespace of a module or a class is not "
                              "allowed (runtime wall)")
    try:
        d = orig_getattr(obj, "__dict__")
    except attribute_error:
        raise type_error("vars() argument must have __dict__ attribute") from None
    if not isinstance_(d, dict_):
        raise type_error("vars() argument must have __dict__ attribute")
    return dict_(d)  # a copy: the program's own instance attributes


def g_import(name, globals=None, locals=None, fromlist=(), level=0):
    """__import__ of the program's builtins: the checker's import rules."""
    K = "@@K"
    (orig, refuse, allowed, check, type_, str_, str_split, attribute_error, list_,
     star_denied) = K
    if type_(fromlist) is list_ and not fromlist and level == 0:
        # PyImport_Import: the interpreter's own import of a helper on the program's
        # behalf (datetime.strptime -> _strptime) passes an empty list; an import
        # statement passes None or a tuple. Nothing is loaded during a run (the hook
        # refuses it), so this answers only a module already there, which a program
        # without the checker reaches through any module's attributes anyway.
        return orig(name, globals, locals, fromlist, level)
    if type_(name) is not str_ or level != 0:
        refuse("import", None, "relative import" if level else None)
    prefix = ""
    for part in str_split(name, "."):
        prefix = prefix + "." + part if prefix else part
        if prefix not in allowed:
            refuse("import", name)
    module = orig(name, globals, locals, fromlist, level)
    if fromlist:
        target = module  # with a fromlist, __import__ answers the named module
        for item in fromlist:
            if item == "*":
                if name in star_denied:  # it would bind names the rules restrict
                    refuse("import", "from " + name + " import *")
                continue
            if type_(item) is str_ and name + "." + item in allowed:
                continue  # an allowed submodule (from collections import abc)
            try:
                check(target, item, "from " + name + " import")
            except attribute_error:
                refuse("import", "from " + name + " import " + str_(item))
    return module


def walk_tb(tb):
    """traceback.walk_tb, yielding stand-ins for frames (file, function, line)."""
    K = "@@K"
    (tb_type, namespace, type_) = K
    while type_(tb) is tb_type:
        frame = tb.tb_frame
        code = frame.f_code
        fake = namespace(f_code=namespace(co_filename=code.co_filename,
                                          co_name=code.co_name),
                         f_globals={}, f_locals={}, f_lineno=tb.tb_lineno)
        frame = code = None
        yield fake, tb.tb_lineno
        tb = tb.tb_next


def walk_tb_positions(tb):
    """traceback._walk_tb_with_full_positions, likewise (3.11's fine positions)."""
    K = "@@K"
    (tb_type, namespace, islice, next_, type_) = K
    while type_(tb) is tb_type:
        frame = tb.tb_frame
        code = frame.f_code
        lasti = tb.tb_lasti
        if lasti < 0:
            positions = (None, None, None, None)
        else:
            positions = next_(islice(code.co_positions(), lasti // 2, None),
                              (None, None, None, None))
        if positions[0] is None:
            positions = (tb.tb_lineno,) + positions[1:]
        fake = namespace(f_code=namespace(co_filename=code.co_filename,
                                          co_name=code.co_name),
                         f_globals={}, f_locals={}, f_lineno=tb.tb_lineno)
        frame = code = None
        yield fake, positions
        tb = tb.tb_next


def list_setitem(self, index, value):
    """list.__setitem__ with a slice's value read before the store. CPython 3.11.2
    (gh-120384, fixed in 3.11.10) fixes an extended slice's length, then reads the
    value: code that runs while it is read (a generator, an __iter__, a list
    subclass's) can shrink the list, and the store writes past its new item array
    (arbitrary memory access). An exact list or tuple is read without code."""
    K = "@@K"
    (setitem, slice_, type_, list_, tuple_) = K
    if type_(index) is slice_ and type_(value) is not list_ \
            and type_(value) is not tuple_:
        value = list_(value)
    return setitem(self, index, value)


def iter_reduce(self):
    """The __reduce__ of a built-in iterator, run in a frame whose builtins are the
    wall's own (iter, reversed). CPython 3.11.2 (gh-101765, fixed in 3.11.3) reads
    the iterator's sequence, then looks `iter` up in the calling frame's builtins:
    a key the program planted in its builtins dict runs its __eq__ there, frees
    the sequence, and the reduce returns freed memory."""
    K = "@@K"
    reduce_ = K[0]
    return reduce_(self)


def pairwise_next(self):
    """itertools.pairwise's __next__, never re-entered for the same object. CPython
    3.11.2 (gh-109786, fixed in 3.11.7) holds the pair's first item borrowed
    across its call of the source's __next__; a source that calls next() of the
    same pairwise frees it (use after free)."""
    K = "@@K"
    (next_, busy, id_, runtime_error) = K
    key = id_(self)
    if key in busy:
        raise runtime_error("itertools.pairwise re-entered from its own source")
    busy.add(key)
    try:
        return next_(self)
    finally:
        busy.discard(key)


def iter_next(self):
    """The __next__ of an itertools iterator that runs the program's code (its
    source's __next__, a function, a step's __add__), never re-entered for the same
    object. CPython 3.11.2 holds borrowed pointers across that code in several of
    them (zip_longest and islice an iterator a re-entrant call clears, count its
    running total, chain and cycle their active iterator, accumulate its total):
    a re-entrant call frees what the outer one then uses. Generators refuse the
    same re-entry (ValueError); so does itertools.tee."""
    K = "@@K"
    (next_, busy, id_, runtime_error, what) = K
    key = id_(self)
    if key in busy:
        raise runtime_error(what)
    busy.add(key)
    try:
        return next_(self)
    finally:
        busy.discard(key)


def iter_setstate(self, state):
    """__setstate__ of an itertools iterator, refused while its __next__ runs: it
    replaces the fields (a groupby's keys, a chain's iterators) that __next__ holds
    borrowed."""
    K = "@@K"
    (setstate, busy, id_, runtime_error, what) = K
    if id_(self) in busy:
        raise runtime_error(what)
    return setstate(self, state)


def grouper_next(self):
    """__next__ of a group that itertools.groupby hands out, under the same guard as
    its groupby's own __next__ (iter_next, keyed by the groupby): both compare the
    group's key with the groupby's current key, borrowed, with the keys' __eq__
    (the program's code). CPython 3.11.2 (gh-143543, gh-146613, fixed upstream in
    2026) lets that __eq__ advance the groupby or the group, which drops a key
    being compared: the reflected __eq__ then runs on a freed object. A group
    that is not its groupby's current one answers StopIteration without code
    (its __reduce__ then names iter, hence the wall's builtins)."""
    K = "@@K"
    (next_, reduce_, busy, id_, runtime_error, isinstance_, groupby_, what) = K
    parent = reduce_(self)[1][0]
    if not isinstance_(parent, groupby_):
        return next_(self)
    key = id_(parent)
    if key in busy:
        raise runtime_error(what)
    busy.add(key)
    try:
        return next_(self)
    finally:
        busy.discard(key)


def bytearray_join(self, iterable):
    """bytearray.join with its items read first: CPython 3.11.2 (gh-112625, fixed
    in 3.11.8) holds the separator's buffer while it reads them, and code run by
    the reading (a generator) can free it."""
    K = "@@K"
    (join_, list_) = K
    return join_(self, list_(iterable))


def list_order(self, other):
    """list's <, <=, > or >= (the original in K), run on copies of both lists.
    CPython 3.11 (gh-120298, fixed in 3.12 and later only) compares the first items
    that differ a second time without holding them: a program's __lt__ that empties
    either list frees the item the reflected __gt__ then receives (use after free).
    The copies hold every item and the program cannot reach them. list.copy reads
    the items without running code, a subclass's included."""
    K = "@@K"
    (compare, copy, list_, type_, issubclass_, not_implemented) = K
    if not issubclass_(type_(other), list_):
        return not_implemented
    return compare(copy(self), copy(other))


def repr_held(self):
    """A container's repr (K's repr) with what it formats held by a copy for the
    call: CPython 3.11's list repr (every list subclass's too) and
    SimpleNamespace's hand each item or value to repr() borrowed, and code that
    repr runs (a slice's start, a tuple's item, calling the program's __repr__)
    can empty the container: the item is freed under its own C repr, which then
    reads its freed fields (the checker's red team, round 90). The copy (K's
    copy: list.copy, or a namespace's dict copied) reads without running code;
    repr() itself runs on the container, so that a list holding itself still
    shows [...]."""
    K = "@@K"
    (repr_, copy) = K
    held = copy(self)
    result = repr_(self)
    held = None
    return result


def namespace_values(self):
    """What a SimpleNamespace's repr formats: a copy of its dict (K's get reads
    the namespace's own dict, dict.copy copies it without running code)."""
    K = "@@K"
    (get, copy) = K
    return copy(get(self))


def deque_index(self, value, *bounds):
    """collections.deque.index, searched in a list copy. CPython 3.11.2 (gh-115243,
    fixed in 3.11.9) compares an item it holds no reference to: an __eq__ that
    empties the deque frees it (use after free). list.index holds each item."""
    K = "@@K"
    (list_, index_, value_error) = K
    try:
        return index_(list_(self), value, *bounds)
    except value_error:
        pass
    raise value_error("%r is not in deque" % (value,))


def odict_equal(self, other):
    """collections.OrderedDict's == (K's negate False) or != (True), with the keys'
    order compared on list copies. CPython 3.11 (gh-119004, fixed in 3.12 and later
    only) walks both dicts' key lists comparing keys it holds no reference to: a
    key's __eq__ that clears either dict frees the key the reflected __eq__ then
    receives. The copies hold every key; list == holds each pair it compares."""
    K = "@@K"
    (dict_eq, odict, keys, list_, type_, issubclass_, not_implemented, negate) = K
    result = dict_eq(self, other)
    if result is not_implemented:
        return result
    if result and issubclass_(type_(other), odict):
        # OrderedDict's own iterator: a subclass's __iter__ is not what == walks.
        result = list_(keys(self)) == list_(keys(other))
    return not result if negate else result


def odict_lookup(self, *args, **kwargs):
    """A method of collections.OrderedDict that looks a key up (K's method: copy,
    setdefault, __repr__), with the dict marked as looking for the call. CPython
    3.11 (gh-142637, gh-142734, gh-148660: open upstream or fixed in 3.13 and later
    only) runs the keys' __eq__ in that lookup (a subclass's __getitem__ in copy)
    and goes on with the node, or the node array, it had before it: one that
    clears the dict or deletes from it frees them under it. The methods that free
    nodes (odict_free, odict_delete) refuse while the dict is marked. odict_store
    and odict_move are the same for two hot methods, without the generic call."""
    K = "@@K"
    (method, busy, id_) = K
    key = id_(self)
    busy.append(key)
    try:
        return method(self, *args, **kwargs)
    finally:
        busy.remove(key)


def odict_store(self, key, value):
    """OrderedDict.__setitem__ under odict_lookup's mark (its new node is placed
    with a second lookup of the key)."""
    K = "@@K"
    (method, busy, id_) = K
    mark = id_(self)
    busy.append(mark)
    try:
        return method(self, key, value)
    finally:
        busy.remove(mark)


def odict_move(self, key, last=True):
    """OrderedDict.move_to_end under odict_lookup's mark (gh-142637)."""
    K = "@@K"
    (method, busy, id_) = K
    mark = id_(self)
    busy.append(mark)
    try:
        return method(self, key, last)
    finally:
        busy.remove(mark)


def odict_free(self, *args, **kwargs):
    """A method of collections.OrderedDict that frees nodes (K's method: clear, pop,
    popitem), refused while the same dict is looking a key up (odict_lookup) or
    any OrderedDict iterator is stepping (odict_step: None in busy), the only
    times the program's code runs inside them. Those that look a key up
    themselves (mark: pop, popitem) are marked for their call."""
    K = "@@K"
    (method, busy, id_, runtime_error, what, mark) = K
    key = id_(self)
    if busy and (key in busy or None in busy):
        raise runtime_error(what)
    if not mark:
        return method(self, *args, **kwargs)
    busy.append(key)
    try:
        return method(self, *args, **kwargs)
    finally:
        busy.remove(key)


def odict_delete(self, key):
    """OrderedDict.__delitem__ as odict_free, marked (gh-142637)."""
    K = "@@K"
    (method, busy, id_, runtime_error, what) = K
    mark = id_(self)
    if busy and (mark in busy or None in busy):
        raise runtime_error(what)
    busy.append(mark)
    try:
        return method(self, key)
    finally:
        busy.remove(mark)


def odict_step(self):
    """__next__ of an OrderedDict iterator (keys, values, items, reversed): it looks
    its current key up to find the node after it (the keys' __eq__ run there), so no
    OrderedDict frees a node while it steps (odict_free). Keyed by nothing: the
    iterator does not show its dict."""
    K = "@@K"
    (next_, busy) = K
    busy.append(None)
    try:
        return next_(self)
    finally:
        busy.remove(None)


def future_remove(self, fn):
    """asyncio's Future (and Task) remove_done_callback, with every callback held for
    the call. CPython 3.11 (gh-125966, gh-126405, fixed in 3.12 and later only)
    compares the first callback, or the only one in its list, without holding it: a
    callback's __eq__ that removes it frees what the comparison goes on with. The
    original _callbacks getter answers the future's own list when there is no first
    callback (a list the __eq__ could clear): held is a copy. A done future has
    handed its callbacks to the loop (or is handing them: gh-125984, gh-125969, the
    loop's call_soon, looked up and called with the callbacks borrowed, removing
    them frees them or shrinks the list under the loop), so none is removed from
    it, as asyncio's pure-Python Future, which empties its list first, answers."""
    K = "@@K"
    (remove, callbacks, done, list_) = K
    if done(self):
        return 0
    held = callbacks(self)
    if held is not None:
        held = list_(held)
    try:
        return remove(self, fn)
    finally:
        held = None


def future_callbacks(self):
    """asyncio's Future._callbacks (and Task's): a copy. The original answers the
    future's own list when there is no first callback (CPython 3.11, gh-125789,
    fixed in 3.12 and later only): cleared from a callback's __eq__ it frees the
    callback a comparison holds borrowed, and an item that is not a (callback,
    context) tuple is read as one when the callbacks run."""
    K = "@@K"
    (callbacks, list_) = K
    held = callbacks(self)
    if held is None:
        return held
    return list_(held)


def future_init(self, *args, **kwargs):
    """asyncio's Future.__init__ (and Task's), once per object. Run again on a live
    future (gh-125984: from the loop's attribute lookup while the future hands its
    callbacks to the loop) it drops the callbacks the C code holds borrowed."""
    K = "@@K"
    (init, loop_of, runtime_error) = K
    if loop_of(self) is not None:
        raise runtime_error("an asyncio future is initialised once (runtime wall)")
    return init(self, *args, **kwargs)


def function_attribute(fn):
    """function.__globals__ or __builtins__ (the original getter in K), except of a
    function of the wall: their namespaces are the wall's (the builtins an
    iterator's original __reduce__ looks `iter` up in), and CPython 3.11 reads them
    with no audit event."""
    K = "@@K"
    (get, get_globals, spaces, attribute_error) = K
    globals_ = get_globals(fn)
    for space in spaces:
        if globals_ is space:
            raise attribute_error("a function of the runtime wall has no namespace "
                                  "to show")
    return get(fn)


def array_convert(self, value):
    """An item of the array self, converted as array.array's store would convert it,
    but before the store: CPython 3.11's stores (a[i] = v, append, insert, extend,
    fromlist) fix where they write and resize first, then convert the value with the
    number protocol; a program's __index__ or __float__ that shrinks the array then
    makes the store write past its new buffer (a heap overflow: arbitrary memory
    access, the audit hook removed). An exact int or float converts without code.
    A float typecode's item goes through K's as_double (math.ldexp(v, 0): 3.11's
    own PyFloat_AsDouble, with its TypeError for a str or bytes and a float
    subclass's value read as it is, not through its __float__; the builtin float()
    would parse strings: the sixteenth round's ok_01)."""
    K = "@@K"
    (type_, int_, float_, index_, int_codes, float_codes, typecode, as_double) = K
    code = typecode(self)  # the getset itself: a subclass may shadow `typecode`
    if code in int_codes:
        return value if type_(value) is int_ else index_(value)
    if code in float_codes and type_(value) is not float_ and type_(value) is not int_:
        return as_double(value, 0)
    return value


def array_setitem(self, index, value):
    """array.array.__setitem__ with the item converted first (array_convert); a
    slice takes an array, whose items are copied as they are."""
    K = "@@K"
    (setitem, convert, slice_, type_) = K
    if type_(index) is slice_:
        return setitem(self, index, value)
    return setitem(self, index, convert(self, value))


def array_append(self, value):
    """array.array.append with the item converted first (array_convert)."""
    K = "@@K"
    (append, convert) = K
    return append(self, convert(self, value))


def array_insert(self, index, value):
    """array.array.insert with the item converted first (array_convert)."""
    K = "@@K"
    (insert, convert) = K
    return insert(self, index, convert(self, value))


def array_extend(self, items):
    """array.array.extend: an array's items are copied as they are; any other
    iterable's are converted (array_convert) and appended one by one, as 3.11's
    extend appends them: a bad item raises with the items before it kept (the
    sixteenth round's ok_02), and the iterable sees the array grow."""
    K = "@@K"
    (extend, append, convert, array_type, issubclass_, type_) = K
    if issubclass_(type_(items), array_type):
        return extend(self, items)
    for item in items:
        append(self, convert(self, item))
    return None


def array_fromlist(self, items):
    """array.array.fromlist with the items converted first (array_convert)."""
    K = "@@K"
    (fromlist, convert, list_, issubclass_, type_) = K
    if not issubclass_(type_(items), list_):
        return fromlist(self, items)  # its TypeError
    done = list_()
    for item in items:
        done.append(convert(self, item))
    return fromlist(self, done)


def no_signal(*args, **kwargs):
    """signal.signal: a Python-level handler would run in the middle of whatever the
    thread is doing, the hook included. ValueError, as where signals are not
    supported: asyncio.run carries on without its SIGINT handler."""
    K = "@@K"
    value_error = K[0]
    raise value_error("signal handlers are not allowed (runtime wall)")


def find_caller(self, stack_info=False, stacklevel=1):
    """logging.Logger.findCaller with the frames kept inside the wall: the logging
    call's file, line and function (stack_info gives no stack)."""
    K = "@@K"
    getframe, srcfile = K
    f = getframe(0).f_back
    orig_f = f
    while f is not None and stacklevel > 1:
        f = f.f_back
        stacklevel -= 1
    if f is None:
        f = orig_f
    while f is not None:
        code = f.f_code
        if code.co_filename == srcfile:
            f = f.f_back
            continue
        return code.co_filename, f.f_lineno, code.co_name, None
    return "(unknown file)", 0, "(unknown function)", None


def make_record(self, name, level, fn, lno, msg, args, exc_info, func=None,
                extra=None, sinfo=None):
    """logging.Logger.makeRecord: extra's keys become attributes of the record
    (record.__dict__[key]); a dunder there (__reduce_ex__) is what copy.deepcopy of
    the record runs. The checker judges extra= written out; one passed in **kwargs
    is judged here, on a copy (the program's mapping could answer differently the
    second time): plain str keys that do not start with '_'.

    exc_info is what the formatter hands traceback, which walks tb.tb_frame.f_code
    and has linecache open co_filename: a traceback only the interpreter made.
    Records answering tb_frame and f_code can be built from extra (round 27a), so
    a program's exc_info (one in **kwargs, or through functools.partial) is an
    exact 3-tuple whose traceback is None or a real one."""
    K = "@@K"
    original, refuse, dict_, str_, type_, tuple_, len_, tb_type = K
    if exc_info and (type_(exc_info) is not tuple_ or len_(exc_info) != 3 or
                     (exc_info[2] is not None and type_(exc_info[2]) is not tb_type)):
        refuse("logging.exc_info", None)
    if extra is not None:
        extra = dict_(extra)
        for key in extra:
            if type_(key) is not str_ or not key or key[0] == "_":
                refuse("logging.extra", key if type_(key) is str_ else None)
    return original(self, name, level, fn, lno, msg, args, exc_info, func, extra, sinfo)


def converter_set(self, key, value):
    """configparser.ConverterMapping.__setitem__: the parser gains a method named
    'get' + key, set and read by setattr and getattr on the parser and its section
    proxies. A key that is no exact str decides that name itself (its __radd__
    answered "__reduce_ex__": round 27c), so only an exact str is taken; 'get' +
    it is then an ordinary name."""
    K = "@@K"
    original, refuse, type_, str_ = K
    if type_(key) is not str_:
        refuse("configparser.converters", None)
    return original(self, key, value)


def converter_del(self, key):
    """configparser.ConverterMapping.__delitem__: delattr of 'get' + key, as above."""
    K = "@@K"
    original, refuse, type_, str_ = K
    if type_(key) is not str_:
        refuse("configparser.converters", None)
    return original(self, key)


def stat_convert(value, T):
    """statistics._convert: mean, harmonic_mean, variance and pvariance end in
    T(value), T the type of the data. A class among the data makes T `type`, and
    the call hands back type(value), a class the value chose (rounds 27b and 28b:
    a generic alias's class, from which copy reached eval). T is called only when
    its instances are no classes."""
    K = "@@K"
    original, refuse, issubclass_, type_ = K
    if issubclass_(T, type_):
        refuse("statistics.convert", None)
    return original(value, T)


def test_names(self, argv):
    """unittest.TestProgram.parseArgs: each word after argv[0] is an option or a test
    name the loader resolves by getattr from __main__, and calls when it is no test
    method (a name-based loader the unittest facade leaves out: "sys.breakpointhook"
    starts pdb). The checker lets argv through as string literals: the program's
    name, the options that set verbosity, failfast, buffer and catch, and names K
    or K.test_m of a TestCase class statement of the program and a def in its body
    (test_word_ok); sys.argv holds just the program's name unless the program wrote
    it, which the checker refuses. Here the same words are checked on the objects,
    read from dicts (no getattr): an exact str; K a class in __main__'s namespace,
    of the metaclass type, deriving from TestCase and none that existed before the
    program; test_m a plain function in K's own dict, neither private nor dunder.
    Judged on a copy, which the original then parses (the program's list could
    change in between)."""
    K = "@@K"
    (original, refuse, list_, len_, type_, str_, flags, split, isidentifier, dict_get,
     modules, module_dict, proxy_get, class_dict, testcase, issubclass_, id_,
     library_types, function_type, function_globals) = K
    words = list_(argv)
    for word in words[1:]:
        if type_(word) is not str_:
            refuse("unittest.argv", None)
        if word in flags:
            continue
        parts = split(word, ".")
        if len_(parts) > 2:
            refuse("unittest.argv", None)
        for part in parts:
            if not isidentifier(part) or part[:1] == "_":
                refuse("unittest.argv", None)
        main = dict_get(modules, "__main__")
        cls = None if main is None else dict_get(module_dict(main), parts[0])
        if (type_(cls) is not type_ or not issubclass_(cls, testcase)
                or id_(cls) in library_types):
            refuse("unittest.argv", None)
        if len_(parts) == 2:
            fn = proxy_get(class_dict(cls), parts[1])
            if type_(fn) is not function_type or function_globals(fn) is not module_dict(main):
                refuse("unittest.argv", None)
    return original(self, words)


def gc_enable():
    """gc.enable of the program: waits until no thread is inside the hook (which
    runs with the collector off, so that no finalizer runs inside it)."""
    K = "@@K"
    lock, wanted, enable = K
    lock.acquire()
    try:
        wanted[0] = True
        enable()
    finally:
        lock.release()


def gc_disable():
    K = "@@K"
    lock, wanted, disable = K
    lock.acquire()
    try:
        wanted[0] = False
        disable()
    finally:
        lock.release()


def gc_isenabled():
    """The program's view: the collector is off while a hook runs, not for it."""
    K = "@@K"
    wanted = K[0]
    return wanted[0]


# The eleventh wall round's memory bugs of CPython 3.11.2 (bytearray, the callable
# iterator, itertools' pickling state, the borrowed standard streams): entrypoint.py
# wall_guard_bytearray, wall_guard_calliter, wall_guard_itertools_state and
# wall_guard_streams bind these.


def bytearray_key(index):
    """A bytearray subscript read the way CPython 3.11 reads it, but now, into values
    that run no code when the C method reads them again: an exact int, or a slice of
    exact ints and None. 3.11.2 takes the buffer's address first and then runs the
    index's (or a slice bound's) __index__, which can move the buffer: the store or
    an extended-slice delete then writes into the freed block (gh-91153, its second
    fix was never backported to 3.11). The errors are the C method's."""
    K = "@@K"
    (type_, int_, slice_, index_, type_error, hasattr_, bound_message,
     index_message) = K
    kind = type_(index)
    if kind is int_:
        return index
    if kind is slice_:
        # PySlice_Unpack's order: step, start, stop.
        bounds = [index.step, index.start, index.stop]
        for i in (0, 1, 2):
            bound = bounds[i]
            if bound is not None and type_(bound) is not int_:
                try:
                    bounds[i] = index_(bound)
                except type_error:
                    if hasattr_(type_(bound), "__index__"):
                        raise
                    raise type_error(bound_message) from None
        return slice_(bounds[1], bounds[2], bounds[0])
    try:
        return index_(index)
    except type_error:
        if hasattr_(kind, "__index__"):
            raise
        raise type_error(index_message % kind.__name__) from None


def bytearray_setitem(self, index, value):
    """bytearray.__setitem__ with its subscript (bytearray_key) and, for an item
    store, its value converted before the original reads the buffer's address: 3.11.2
    runs the value's __index__ after that read (and before its range check), and one
    that resizes the bytearray makes the store write one chosen byte into the freed
    block (the eleventh round's ok_03: an empty bytearray's header there, its size
    then 2**62)."""
    K = "@@K"
    (setitem, key, type_, int_, index_) = K
    if type_(index) is not int_:  # the common int index: one call less
        index = key(index)
    if type_(index) is int_ and type_(value) is not int_:
        value = index_(value)
    return setitem(self, index, value)


def bytearray_delitem(self, index):
    """bytearray.__delitem__ with its subscript read first (bytearray_key): an
    extended slice's delete moves bytes inside the buffer whose address it took
    before the slice's __index__ ran."""
    K = "@@K"
    (delitem, key) = K
    return delitem(self, key(index))


def bytearray_held(self, *args):
    """A bytearray method that reads the buffer's address before it converts its
    arguments (find, rfind, index, rindex, count, startswith, endswith, the `in`
    test, hex, %), run with a buffer export held: the argument's __index__, a str
    subclass's __len__ or a %-argument's __bytes__ can no longer resize it
    (BufferError), where 3.11.2 would read the freed block (gh-142558, gh-142559,
    gh-142560 and kin: the heap's addresses and contents)."""
    K = "@@K"
    (method, bytearray_, issubclass_, type_, memoryview_, release) = K
    if not issubclass_(type_(self), bytearray_):
        return method(self, *args)  # the descriptor's own TypeError
    view = memoryview_(self)
    try:
        return method(self, *args)
    finally:
        release(view)


def bytearray_rmod(self, other):
    """bytearray.__rmod__: `other % self`, the format being other's buffer (see
    bytearray_held)."""
    K = "@@K"
    (method, bytearray_, issubclass_, type_, memoryview_, release) = K
    if not issubclass_(type_(other), bytearray_):
        return method(self, other)
    view = memoryview_(other)
    try:
        return method(self, other)
    finally:
        release(view)


def cycle_reduce(self):
    """itertools.cycle.__reduce__ handing out a copy of the list the cycle repeats.
    CPython 3.11 hands out that very list (and, once the source is exhausted, a list
    iterator over it, whose own __reduce__ hands the list out again), and cycle's
    __next__ reads the list at its saved index before it checks the list's length:
    a program that shrinks the list gets a freed item back (the eleventh round's
    ok_06). The copy and an iterator over it at the same index stand in for them.
    K's last remembers the latest copy with the list it stands for: handed back
    unchanged to cycle_setstate (copy.copy), the new cycle shares the list as it
    does in CPython; cycles only append to it."""
    K = "@@K"
    (reduce_, copy, list_iterator, list_iter_reduce, list_iter_setstate, iter_,
     type_, len_, last) = K
    cls, args, state = reduce_(self)
    saved = state[0]
    mine = copy(saved)
    it = args[0]
    if type_(it) is list_iterator:
        seen = list_iter_reduce(it)
        if len_(seen) == 3 and seen[1][0] is saved:
            it = iter_(mine)
            list_iter_setstate(it, seen[2])
    last[0], last[1] = mine, saved
    return (cls, (it,), (mine, state[1]))


def cycle_setstate(self, state):
    """itertools.cycle.__setstate__ installing a copy of the state's list (see
    cycle_reduce): 3.11 installs the program's own list. The copy cycle_reduce
    made last, handed back as it is, stands for the list it copied."""
    K = "@@K"
    (setstate, tuple_, list_, issubclass_, type_, copy, tuple_len, tuple_item,
     last) = K
    if issubclass_(type_(state), tuple_) and tuple_len(state) == 2:
        saved = tuple_item(state, 0)
        if saved is not None and saved is last[0]:
            state = (last[1], tuple_item(state, 1))
            last[0] = last[1] = None
        elif issubclass_(type_(saved), list_):
            state = (copy(saved), tuple_item(state, 1))
    return setstate(self, state)


def tee_setstate(self, state):
    """itertools.tee's __setstate__ refused an index past the items its data object
    has read. 3.11 checks the index against the object's capacity only: a tee at
    index 5 of a fresh data object stores its item there and counts one item read,
    and another tee of it at index 0 then returns the uninitialised slot 0 (a
    pointer to whatever the memory held: use of a freed or forged object)."""
    K = "@@K"
    (setstate, tuple_, issubclass_, type_, tuple_len, tuple_item, data_type,
     data_reduce, index_, int_, len_, value_error) = K
    if issubclass_(type_(state), tuple_) and tuple_len(state) == 2:
        data = tuple_item(state, 0)
        index = tuple_item(state, 1)
        if type_(data) is data_type:
            if type_(index) is not int_:
                index = index_(index)
            if index > len_(data_reduce(data)[1][1]):
                raise value_error("Index out of range")
            state = (data, index)
    return setstate(self, state)


def combinatoric_setstate(self, state):
    """__setstate__ of combinations, combinations_with_replacement or permutations,
    skipped for an iterator that yields nothing more (K's degenerate: its pool is
    smaller than r, or, with empty_only, empty): 3.11 then indexes past the pool's
    items or the index array (SIGSEGV, or a pointer read from the heap). Such an
    iterator is stopped for good, and a state changes nothing it yields."""
    K = "@@K"
    (setstate, reduce_, len_, empty_only) = K
    args = reduce_(self)[1]
    n, r = len_(args[0]), args[1]
    if (n == 0 and r > 0) if empty_only else n < r:
        return None
    return setstate(self, state)


def stream_print(*args, sep=None, end=None, file=None, flush=False):
    """print, with the stream it writes to held for the call. CPython 3.11's print
    holds sys.stdout borrowed: an argument's __str__ (or the stream's own write)
    that rebinds sys.stdout frees the stream, and print goes on writing to the freed
    object (gh-130163; the eleventh round's ok_08). Passed as file=, the stream is
    held by the call."""
    K = "@@K"
    (print_, get, sysdict, runtime_error) = K
    if file is None:
        file = get(sysdict, "stdout", sysdict)
        if file is sysdict:
            raise runtime_error("lost sys.stdout")
        if file is None:
            return None
    return print_(*args, sep=sep, end=end, file=file, flush=flush)


def stream_input(*args):
    """input, written out: 3.11's holds sys.stdin, sys.stdout and sys.stderr
    borrowed while it runs the prompt's __str__ and the streams' methods, any of
    which can rebind them and free the stream it then uses (gh-130163). This is
    its path for a stdin that is not a terminal (the sandbox's never is): the same
    event, calls, errors and result, with the three streams held."""
    K = "@@K"
    (get, sysdict, audit, len_, str_, str_type, bytes_type, issubclass_, type_,
     str_len, str_item, bytes_len, bytes_item, slice_, runtime_error, type_error,
     eof_error, base_exception) = K
    if len_(args) > 1:
        raise type_error("input expected at most 1 argument, got %d" % len_(args))
    fin = get(sysdict, "stdin", None)
    fout = get(sysdict, "stdout", None)
    ferr = get(sysdict, "stderr", None)
    audit("builtins.input", args[0] if args else None)
    if fin is None:
        raise runtime_error("input(): lost sys.stdin")
    if fout is None:
        raise runtime_error("input(): lost sys.stdout")
    if ferr is None:
        raise runtime_error("input(): lost sys.stderr")
    try:
        ferr.flush()
    except base_exception:
        pass
    if args:
        write = fout.write
        write(str_(args[0]))
    try:
        fout.flush()
    except base_exception:
        pass
    line = fin.readline()
    kind = type_(line)
    if issubclass_(kind, str_type):
        if not str_len(line):
            raise eof_error("EOF when reading a line")
        if str_item(line, -1) == "\n":
            line = str_item(line, slice_(0, -1))
        return line
    if issubclass_(kind, bytes_type):
        if not bytes_len(line):
            raise eof_error("EOF when reading a line")
        if bytes_item(line, -1) == 10:
            line = bytes_item(line, slice_(0, -1))
        return line
    raise type_error("object.readline() returned non-string")


def stream_displayhook(value):
    """sys.displayhook (and sys.__displayhook__), written out: 3.11's holds
    sys.stdout borrowed across repr(value) and two writes (gh-130163). The same
    writes, the same `builtins._`, with the stream held."""
    K = "@@K"
    (get, sysdict, builtins_module, setattr_, getattr_, repr_, runtime_error,
     unicode_encode_error, encode, decode) = K
    if value is None:
        return None
    setattr_(builtins_module, "_", None)
    out = get(sysdict, "stdout", None)
    if out is None:
        raise runtime_error("lost sys.stdout")
    write = out.write
    try:
        write(repr_(value))
    except unicode_encode_error:
        # The text the stream's encoding cannot carry, escaped (sys_displayhook_
        # unencodable): to its buffer when it has one.
        encoding = out.encoding
        data = encode(repr_(value), encoding, "backslashreplace")
        buffer = getattr_(out, "buffer", None)
        if buffer is not None:
            buffer.write(data)
        else:
            out.write(decode(data, encoding, "strict"))
    out.write("\n")
    setattr_(builtins_module, "_", value)
    return None


# The twelfth wall round's memory bugs of CPython 3.11.2 (an asyncio Task's cancel
# message, functools.partial, contextvars' Context, the str() of OSError) and their
# siblings: entrypoint.py wall_guard_exceptions, wall_guard_functools,
# wall_guard_contextvars and wall_guard_asyncio_cancel bind these.


def busy_call(self, *args, **kwargs):
    """A C method (K's method) with self marked for the call (functools.partial's
    __repr__: 3.11 takes the argument count once and reads the argument tuple again
    at each step, each item's __repr__ between; a __setstate__ from there installs
    a shorter tuple, read past its end, gh-144475). partial_setstate refuses on a
    marked object."""
    K = "@@K"
    (method, busy, id_) = K
    key = id_(self)
    busy[key] = busy.get(key, 0) + 1
    try:
        return method(self, *args, **kwargs)
    finally:
        if busy[key] == 1:
            del busy[key]
        else:
            busy[key] -= 1


def partial_setstate(self, state):
    """functools.partial.__setstate__, which keeps for the rest of the run what it
    replaces (the old function when it is another, the old arguments and keywords
    when there are any). CPython 3.11 calls the function with them borrowed
    (partial_vectorcall hands the stored argument array itself; partial_call and a
    nested partial's construction copy the keywords, whose keys' __eq__ may run):
    a __setstate__ from the code they run frees them under the call (the twelfth
    round's ok_04, gh-154189's class). A copy's or a pickle's __setstate__ on a
    fresh partial replaces nothing worth keeping. Refused during the same
    partial's __repr__ (busy_call: gh-144475)."""
    K = "@@K"
    (setstate, reduce_, busy, id_, runtime_error, what, keep, len_) = K
    if id_(self) in busy:
        raise runtime_error(what)
    old = reduce_(self)[2]
    result = setstate(self, state)
    if old[0] is not reduce_(self)[2][0]:
        keep.append(old[0])
    if len_(old[1]):
        keep.append(old[1])
    if len_(old[2]):
        keep.append(old[2])
    return result


def keep_args(self, *args, **kwargs):
    """A C method (K's method) whose arguments the wall keeps for the rest of the
    run: asyncio's Future.cancel and Task.cancel, whose message becomes the field
    the C Task hands on borrowed (gh-126138: the step calls the awaited object's
    cancel with it, and the lookup of `cancel` runs the program's code, which
    cancels again and frees it; the twelfth round's ok_01; a nested step's
    CancelledError, Future.cancel on the task and the _cancel_message setter free
    it the same way). A message that is never freed cannot be used freed. K's
    getters are held for the call: Task.cancel calls its waiter's cancel with the
    waiter borrowed, and a step the lookup runs drops it."""
    K = "@@K"
    (method, keep, getters) = K
    held = []
    for get in getters:
        held.append(get(self))
    for a in args:
        if a is not None:
            keep.append(a)
    for a in kwargs.values():
        if a is not None:
            keep.append(a)
    return method(self, *args, **kwargs)


def keep_set(self, value):
    """The setter of a field that C code reads borrowed (K's set), with the value
    it replaces and the new one kept for the rest of the run (keep_args): asyncio's
    _cancel_message, the obj of functools.cmp_to_key's key (3.11's comparison calls
    the cmp function with both keys' obj borrowed: a C cmp such as operator.eq runs
    the program's __eq__, which sets obj and frees the object the reflected __eq__
    then receives), OSError's errno, strerror, filename and filename2 (3.11's
    __str__ reads all four into one PyUnicode_FromFormat, whose %S and %R run the
    program's __str__ and __repr__, which could drop the fields still to come: the
    twelfth round's ok_05). The value a field was made with never passed here:
    the old one is read (K's get) and kept too. Nothing is freed, from any thread,
    so nothing a C method holds borrowed can be."""
    K = "@@K"
    (get, set_, keep) = K
    keep.append(get(self))
    keep.append(value)
    return set_(self, value)


def context_compare(self, other):
    """contextvars.Context's == or != (K's compare) on copies of both contexts.
    CPython 3.11 (gh-142829, fixed in 3.13 and later only) walks both contexts'
    HAMTs with borrowed nodes and compares the values with their __eq__: one that
    sets a variable in either context (ctx.run(var.set, v)) replaces its HAMT and
    frees the nodes the walk goes on with (the twelfth round's ok_03). A copy
    shares the HAMT and the program cannot reach it, so nothing replaces it."""
    K = "@@K"
    (compare, copy, context_type, type_) = K
    if type_(other) is context_type:
        return compare(copy(self), copy(other))
    return compare(self, other)


def decode_error_str(self):
    """UnicodeDecodeError.__str__ written out. CPython 3.11 checks start against the
    object's length only from above and never checks the object's type (both are
    writable members): start < 0, or an object that is not bytes, makes it read a
    byte anywhere in memory (gh-123378, fixed in 3.12 and later only). The same
    text for every value 3.11 reads safely; a byte it would read out of bounds is
    not read (the text for a range then)."""
    K = "@@K"
    (str_, get_object, get_start, get_end, get_encoding, get_reason, bytes_,
     issubclass_, type_, bytes_len, bytes_item) = K
    if get_object(self) is None:
        return ""  # not initialised
    reason = str_(get_reason(self))
    encoding = str_(get_encoding(self))
    # Read after the __str__ calls, as 3.11 does: those may change them.
    data, start, end = get_object(self), get_start(self), get_end(self)
    # bytes' own length and item: a subclass's could lie.
    if issubclass_(type_(data), bytes_) and 0 <= start < bytes_len(data) \
            and end == start + 1:
        return "'%s' codec can't decode byte 0x%02x in position %d: %s" % (
            encoding, bytes_item(data, start), start, reason)
    return "'%s' codec can't decode bytes in position %d-%d: %s" % (
        encoding, start, end - 1, reason)


def encode_error_str(self):
    """UnicodeEncodeError.__str__, or UnicodeTranslateError's (K's get_encoding
    None), written out. CPython 3.11 converts reason and then encoding each
    borrowed: a conversion's code (a slice's repr calling the program's __repr__)
    can set the field it converts, or the one to come, and free the object under
    the C code still formatting it. Here each field is read into a local first, so
    what is converted is held. The same text as 3.11's; a character it would read
    from an object that is not text is not read (the text for a range then)."""
    K = "@@K"
    (str_, get_object, get_start, get_end, get_encoding, get_reason, issubclass_,
     type_, str_len, ord_, str_item, index_error) = K
    if get_object(self) is None:
        return ""  # not initialised
    reason = get_reason(self)
    reason = str_(reason)
    if get_encoding is None:
        head = "can't translate"
    else:
        encoding = get_encoding(self)
        head = "'%s' codec can't encode" % str_(encoding)
    # Read after the __str__ calls, as 3.11 does: those may change them.
    text, start, end = get_object(self), get_start(self), get_end(self)
    if issubclass_(type_(text), str_) and start < str_len(text) and end == start + 1:
        if start < 0:
            raise index_error("string index out of range")  # 3.11's PyUnicode_ReadChar
        char = ord_(str_item(text, start))
        form = "\\x%02x" if char <= 0xff else "\\u%04x" if char <= 0xffff else "\\U%08x"
        return ("%s character '" + form + "' in position %d: %s") % (
            head, char, start, reason)
    return "%s characters in position %d-%d: %s" % (head, start, end - 1, reason)


def field_get(self):
    """The getter of a field (K's get, a C getter) under a property of the wall's
    whose setter is keep_set."""
    K = "@@K"
    get = K[0]
    return get(self)


def keep_del(self):
    """The deleter of a field that C code reads borrowed (K's delete), with the
    value it drops kept for the rest of the run (keep_set)."""
    K = "@@K"
    (get, delete, keep) = K
    keep.append(get(self))
    return delete(self)


def init_once(self, *args, **kwargs):
    """__init__ of a built-in type (K's init) whose C code calls or reads what
    __init__ stores, borrowed, while the program's code runs: refused on an object
    that is already initialised, so nothing it holds can be replaced, and so freed,
    under a running call (the fourteenth round's ok_06: property.__init__ run again
    from inside its own getter frees the getter 3.11 is calling; staticmethod's call
    and classmethod's __get__ likewise; a buffered stream's buffer and lock, freed
    under its own read; a TextIOWrapper's decoder, snapshot and pending text).

    "Initialised" is the wall's record when the type has one (seen: id -> a weak
    reference to the object, stored before its first __init__ runs), else one of
    K's getters answering other than None. The record, not the object, decides for
    the streams: their detach() empties the getter (buffer, raw) of a live object
    and leaves the rest in place, and the fifteenth round's ok_04/ok_05 ran detach()
    then __init__ from inside the object's own read and tell (the decoder and
    tell()'s snapshot freed under them). The type's other getters cannot be emptied
    but by __init__ itself. The first __init__ of a fresh object passes."""
    K = "@@K"
    (init, getters, runtime_error, what, seen, id_, ref) = K
    if seen is not None:
        # Made first: its allocation may run a collection, and so the program's
        # __del__ (which may __init__ this object: then the record has it).
        mine = ref(self)
        key = id_(self)
        known = seen.get(key)
        if known is not None and known() is self:
            raise runtime_error(what)
    for get in getters:
        if get(self) is not None:
            raise runtime_error(what)
    if seen is not None:
        seen[key] = mine
    return init(self, *args, **kwargs)


def struct_ready(self, *args):
    """A method of struct.Struct (K's method) that 3.11 runs on the object's code
    array and size unchecked, refused on a Struct that has none yet (made by
    Struct.__new__ alone, or whose first __init__ failed: size -1, a NULL code
    array that iter_unpack's iterator, unpack_from, pack_into and __sizeof__ walk,
    a format of None that format and repr read as bytes)."""
    K = "@@K"
    (method, get_size, runtime_error) = K
    if get_size(self) < 0:
        raise runtime_error("struct.Struct used before its __init__ (runtime wall)")
    return method(self, *args)


def struct_init(self, *args, **kwargs):
    """struct.Struct.__init__ once: on an object that has a format already (size
    other than -1), the same format again is a no-op (a subclass's __init__) and
    another is refused. 3.11 lets __init__ replace the format, size and code array
    of a live Struct, which its pack (walking the code array while an argument's
    __index__ runs) and its iter_unpack iterator (trusting the size it was made
    with: the fourteenth round's ok_01, a read of any length past the buffer;
    near/n1, a size of 0 it divides by) use unchecked."""
    K = "@@K"
    (init, get_size, get_format, str_, bytes_, type_, bytes_decode, len_,
     runtime_error) = K
    if get_size(self) < 0:
        return init(self, *args, **kwargs)
    fmt = None
    if len_(args) == 1 and not kwargs:
        fmt = args[0]
    elif not args and len_(kwargs) == 1:
        for key in kwargs:
            if type_(key) is str_ and key == "format":
                fmt = kwargs[key]
    if type_(fmt) is bytes_:
        fmt = bytes_decode(fmt, "latin-1")
    if type_(fmt) is str_ and fmt == get_format(self):
        return None
    raise runtime_error("struct.Struct is initialised once (runtime wall)")


def keep_init(self, *args, **kwargs):
    """__init__ (K's init) of an object whose field (K's get) C code calls
    borrowed, with the value it replaces kept for the rest of the run (keep_set):
    collections.defaultdict's default_factory, which __missing__ calls with no
    reference held (the fourteenth round's ok_03: the factory, a map's __next__,
    freed by its own call through the map's iterator)."""
    K = "@@K"
    (init, get, keep) = K
    old = get(self)
    if old is not None:
        keep.append(old)
    return init(self, *args, **kwargs)


def keep_call(*args, **kwargs):
    """A module function (K's fn) whose arguments the wall keeps for the rest of
    the run: codecs.unregister, which drops the search function 3.11's codec
    lookup is calling, borrowed from the search list (a search function that
    unregisters itself is freed under its own call)."""
    K = "@@K"
    (fn, keep) = K
    for a in args:
        keep.append(a)
    return fn(*args, **kwargs)


def exitfuncs_run(*args):
    """atexit._run_exitfuncs (K's run), never re-entered: 3.11 calls each handler
    with its stored arguments borrowed and frees every handler once done, so a
    handler that runs the handlers again (or, while they run, atexit.unregister or
    atexit._clear: exitfuncs_change) frees the arguments of the running call."""
    K = "@@K"
    (run, busy, runtime_error) = K
    if busy:
        raise runtime_error("atexit's handlers are already running (runtime wall)")
    busy.append(1)
    try:
        return run(*args)
    finally:
        busy.clear()


def exitfuncs_change(*args):
    """atexit.unregister or atexit._clear (K's change), refused while the handlers
    run (exitfuncs_run)."""
    K = "@@K"
    (change, busy, runtime_error) = K
    if busy:
        raise runtime_error("atexit's handlers are running (runtime wall)")
    return change(*args)


def exc_hold(self, *args):
    """A built-in exception's __str__ or __repr__ (K's method) with the one field
    it converts held for the call (K's get: args, or SyntaxError's msg): 3.11
    converts it (args' item, or the tuple) borrowed, and that conversion's code can
    replace it (e.args = ..., e.msg = ..., e.__init__(...)), which frees it under
    the converting C method (a slice's or a list's repr)."""
    K = "@@K"
    (method, get) = K
    held = get(self)
    result = method(self, *args)
    held = None
    return result


def call_once(self, *args):
    """A C method (K's method) never re-entered for the same object: csv's reader
    and writer keep their parse or join state in the object, and 3.11 runs the
    program's code in the middle of it (the reader's input iterator, a field's
    __str__): the fourteenth round's ok_02, a next() of the same reader from its
    input hands out and clears the field list the outer call then appends to.

    Per object and per thread: a call re-entered on the thread that runs it is
    refused; a call from another thread waits for the running one to end (the
    fifteenth round's ok_02: two threads sharing one reader, which python3 serves).
    Waiting, not letting it through: the GIL does not keep the other thread out of
    the C call, since the reader releases it whenever its input runs Python code
    (an iterator of the program's; the eval loop switches threads there) or does
    I/O (a file's read), and the second thread's next() then resets the parse
    state the first one is in the middle of, exactly as a re-entry would. busy:
    id -> [a lock, the thread that holds it or None]; an entry stays for the run
    (another object at the same address later shares its lock, which is harmless)."""
    K = "@@K"
    (method, busy, id_, get_ident, allocate_lock, runtime_error, what) = K
    me = get_ident()
    entry = busy.get(id_(self))
    if entry is None:
        # setdefault is one C call: two threads making the entry at once get the
        # same one.
        entry = busy.setdefault(id_(self), [allocate_lock(), None])
    if entry[1] == me:
        raise runtime_error(what)
    lock = entry[0]
    lock.acquire()
    entry[1] = me
    try:
        return method(self, *args)
    finally:
        entry[1] = None
        lock.release()


# The sixteenth round: C code that lends the program's code a pointer into memory it
# owns (a memoryview of its own buffer or of the caller's, a length fixed before
# the call, a length the program returns). The audit of the modules the runner
# allows, and the verdict on each such place, are in image/README.md ("Pointers
# lent to the program's code").


def io_fixed(self, *value):
    """The setter and deleter of readinto and write on io's own raw streams
    (FileIO, BytesIO), where those names are data descriptors: an instance
    attribute of either name would be what a buffered stream calls with a
    memoryview of its own buffer, or of its caller's, that nothing releases (the
    sixteenth round's ok_03, ok_07)."""
    K = "@@K"
    (attribute_error,) = K
    raise attribute_error("readinto and write of an io raw stream are the io "
                          "module's own (runtime wall)")


def io_wraps(self, *args, **kwargs):
    """__init__ (K's init) of an io class that hands what it wraps (K's name:
    raw or buffer) pointers into memory it owns: refused unless that object's type
    is exactly one of K's kinds, the io module's own C streams. 3.11's buffered
    streams pass raw.readinto a writable memoryview of their buffer (or of the
    caller's bytearray, for a large readinto) and raw.write a view of their
    buffer or of the caller's data, with no export behind it: a program's raw
    stream keeps the view past close() or past the caller's resize, a
    use-after-free read and write (the sixteenth round's ok_03, the escape, and
    ok_07; bpo-15994)."""
    K = "@@K"
    (init, name, kinds, type_, runtime_error, what) = K
    if args:
        inner = args[0]
    elif name in kwargs:
        inner = kwargs[name]
    else:
        return init(self, *args, **kwargs)  # its own TypeError
    kind = type_(inner)
    for allowed in kinds:
        if kind is allowed:
            return init(self, *args, **kwargs)
    raise runtime_error(what % kind.__name__)


def rawio_read(self, size=-1):
    """io.RawIOBase.read written out (3.11's, in C, copies as many bytes from its
    bytearray as the program's readinto says it read, never checked against the
    bytearray's length: the sixteenth round's ok_05, a heap read of any length):
    the same calls and results, with that length checked."""
    K = "@@K"
    (index_, bytearray_, bytes_, len_, value_error) = K
    size = index_(size)
    if size < 0:
        return self.readall()
    b = bytearray_(size)
    n = self.readinto(b)
    if n is None:
        return None
    n = index_(n)
    if n < 0 or n > len_(b):
        raise value_error("readinto returned %d outside buffer size %d" % (n, len_(b)))
    return bytes_(b[:n])


def array_tofile(self, f):
    """array.array.tofile from a copy of the array's bytes taken before the first
    write: 3.11's fixes the length and the number of 64 KiB blocks before its
    loop and reads each block from the array's buffer after f.write (the
    program's code) ran, so a write that shrinks the array makes the next block a
    read of the freed tail (the sixteenth round's ok_06). The same writes, of
    the same blocks, as bytes."""
    K = "@@K"
    (tofile, tobytes, array_type, issubclass_, type_, len_, block) = K
    if not issubclass_(type_(self), array_type):
        return tofile(self, f)  # the descriptor's own TypeError
    data = tobytes(self)
    total = len_(data)
    start = 0
    while start < total:
        f.write(data[start:start + block])
        start += block
    return None


def text_write(self, *args, **kwargs):
    """TextIOWrapper.write with a str subclass's text made an exact str first:
    3.11 translates newlines (newline="\\r\\n" or "\\r") by calling text.replace by
    name and takes what it answers for a str without looking, so a subclass's
    replace, or one bound on the instance, that answers a list overflows the heap
    when the pending text is flushed (the checker's eightieth round: an enum member
    of a StrEnum with its own replace). str.__str__ copies a subclass's characters
    into an exact str and calls none of its methods; other arguments reach 3.11's
    own TypeError."""
    K = "@@K"
    (method, str_, type_, issubclass_, str_str, len_) = K
    if len_(args) == 1 and not kwargs:
        kind = type_(args[0])
        if kind is not str_ and issubclass_(kind, str_):
            return method(self, str_str(args[0]))
    return method(self, *args, **kwargs)


def memory_hex(self, *args, **kwargs):
    """memoryview.hex with its separator made an exact str or bytes first: 3.11
    takes the view's address and length, then runs the separator's __len__ (a str
    subclass's, the program's), which can release the view and free the block
    hex then reads (the sixteenth round's ok_08). The separator's __len__ is
    still called once, before, and its answer judged as 3.11 judges it; a
    separator that is neither str nor bytes gets 3.11's TypeError."""
    K = "@@K"
    (method, str_, bytes_, type_, issubclass_, len_, str_str, bytes_slice,
     value_error, type_error, slice_) = K
    if args:
        sep, where = args[0], 0
    elif "sep" in kwargs:
        sep, where = kwargs["sep"], None
    else:
        return method(self, *args, **kwargs)
    kind = type_(sep)
    if kind is str_ or kind is bytes_:
        return method(self, *args, **kwargs)
    if len_(sep) != 1:
        raise value_error("sep must be length 1.")
    if issubclass_(kind, str_):
        sep = str_str(sep)[:1]
    elif issubclass_(kind, bytes_):
        sep = bytes_slice(sep, slice_(0, 1))
    else:
        raise type_error("sep must be str or bytes.")
    if where is None:
        kwargs["sep"] = sep
        return method(self, *args, **kwargs)
    return method(self, sep, *args[1:], **kwargs)


def proxy_compare(self, other):
    """mappingproxy's ==, !=, <, <=, > and >= (K's op: operator.eq...), of a copy of
    the mapping behind the view: 3.11 compares the mapping itself, and when its
    own comparison answers NotImplemented the other operand's reflected method is
    handed the real mapping (bpo-43838): a type's own dict, written then past the
    immutable-type check (the seventeenth round's ok_07), or the wall's
    current-task dict (ok_06)."""
    K = "@@K"
    (op, copy, not_implemented, attribute_error) = K
    try:
        mine = copy(self)
    except attribute_error:
        # A mapping of the program's with no copy(): the other operand decides,
        # as it does in 3.11 for a mapping with no comparison of its own.
        return not_implemented
    return op(mine, other)


def proxy_or(self, other):
    """mappingproxy's | (K's swapped: __ror__), of copies: 3.11 unwraps both
    operands and hands the real mapping to the other operand's __or__ or __ror__
    (bpo-43838's twin)."""
    K = "@@K"
    (or_, copy, not_implemented, attribute_error, proxy_type, type_, swapped) = K
    try:
        mine = copy(self)
        if type_(other) is proxy_type:
            other = copy(other)
    except attribute_error:  # as in proxy_compare
        return not_implemented
    if swapped:
        return or_(other, mine)
    return or_(mine, other)


def memory_compare(self, other):
    """memoryview == and != (K's method; K's negate for !=). Views of the same
    native format go to 3.11's own comparison, which runs no code. The others
    are compared here with the struct module's own Struct: 3.11 looks struct.Struct
    up through the import system (a name the program can replace) and hands the
    unpack_from it finds a writable memoryview of a block it frees after the
    comparison (a use-after-free write: this round's sibling of ok_03). Shapes,
    formats struct does not know (not equal), items compared one by one: as
    3.11."""
    K = "@@K"
    (method, memoryview_, type_, negate, natives, struct_type, struct_error,
     not_implemented, release, len_, type_error, value_error) = K
    mine = None
    view = other
    if type_(other) is not memoryview_:
        try:
            view = mine = memoryview_(other)
        except type_error:
            return not_implemented
    try:
        try:
            left, right = self.format, view.format
        except value_error:
            return method(self, other)  # a released view: 3.11 compares identity
        if left[:1] == "@":
            left = left[1:]
        if right[:1] == "@":
            right = right[1:]
        if left == right and left in natives:
            return method(self, other)
        if self.ndim != view.ndim:
            return negate
        shape, other_shape = self.shape, view.shape
        i = 0
        while i < len_(shape):
            if shape[i] != other_shape[i]:
                return negate
            if shape[i] == 0:
                break
            i += 1
        try:
            unpack_left = struct_type(self.format).unpack_from
            unpack_right = struct_type(view.format).unpack_from
        except struct_error:
            return negate
        mine_bytes, their_bytes = self.tobytes(), view.tobytes()
        size, other_size = self.itemsize, view.itemsize
        count = len_(mine_bytes) // size if size else 0
        i = 0
        while i < count:
            a = unpack_left(mine_bytes[i * size:(i + 1) * size])
            b = unpack_right(their_bytes[i * other_size:(i + 1) * other_size])
            if len_(a) == 1:
                a = a[0]
            if len_(b) == 1:
                b = b[0]
            if not (a == b):
                return negate
            i += 1
        return not negate
    finally:
        if mine is not None:
            release(mine)


def task_leave(loop, task):
    """asyncio's _leave_task (K's leave), with the task it finds current for the
    loop kept for the rest of the run: 3.11's holds that task borrowed from the
    module's current-task dict while it formats the program's task (%R, the
    program's __repr__), which could remove it and so free it before it is
    formatted in turn (the sixteenth round's ok_09, SIGSEGV). The dict itself is
    out of the program's reach (a read-only view stands in its place), so a task
    stored there leaves it only through here or through 3.11's own step, which
    removes only the task it holds."""
    K = "@@K"
    (leave, current, dict_get, keep, id_) = K
    held = dict_get(current, loop)
    if held is not None:
        keep[id_(held)] = held  # once per task: a pure-Python task steps here
    return leave(loop, task)


def codec_register(search):
    """codecs.register (K's register) of a search function of the program's,
    registered wrapped (K's searcher over it, codec_search): 3.11's bytes.decode,
    bytearray.decode and str(obj, encoding) hand a codec's decode function a
    memoryview of the object's storage that no export holds once the call is
    over (PyUnicode_Decode's PyMemoryView_FromBuffer); a decode of the
    program's kept it and read the block after the bytes were freed or the
    bytearray cleared."""
    K = "@@K"
    (register, method, searcher, wrappers, id_, callable_) = K
    if not callable_(search):
        return register(search)  # its TypeError
    wrapped = method(searcher, search)
    entry = wrappers.get(id_(search))
    if entry is None:
        entry = wrappers[id_(search)] = [search]  # held: the id stays its own
    entry.append(wrapped)
    return register(wrapped)


def codec_unregister(search):
    """codecs.unregister (K's unregister) of a search function codec_register
    wrapped: the first wrapper registered for it goes, as 3.11 removes the first
    occurrence."""
    K = "@@K"
    (unregister, wrappers, id_, len_) = K
    entry = wrappers.get(id_(search))
    if entry is None or len_(entry) < 2:
        return unregister(search)
    return unregister(entry.pop(1))


def codec_search(search, name):
    """A search function, the program's (bound first by codec_register) or the
    library's (encodings.search_function), its answer's decode function wrapped
    (K's method: wall_landlock.bound over K's decoder, codec_decode). What 3.11
    would refuse (not a 4-tuple) is answered as it is."""
    K = "@@K"
    (codec_info, issubclass_, type_, tuple_, tuple_len, tuple_item, method,
     decoder, getattr_, tuple_new, set_attr) = K
    info = search(name)
    kind = type_(info)
    if not issubclass_(kind, tuple_) or tuple_len(info) != 4:
        return info
    encode = tuple_item(info, 0)
    decode = method(decoder, tuple_item(info, 1))
    if not issubclass_(kind, codec_info):
        return tuple_new(tuple_, (encode, decode, tuple_item(info, 2),
                                  tuple_item(info, 3)))
    # codecs.CodecInfo.__new__'s work, done here in C calls: its Python looks tuple
    # up in the codecs module's globals, which the program can write (the
    # eighteenth round's ok_01 put its own decode in item 1 that way). Item 1, the
    # one PyUnicode_Decode calls, is the wall's whatever the attributes run.
    reader = info.streamreader
    writer = info.streamwriter
    answer = tuple_new(codec_info, (encode, decode, reader, writer))
    for attr, value in (("name", info.name), ("encode", encode), ("decode", decode),
                        ("incrementalencoder", info.incrementalencoder),
                        ("incrementaldecoder", info.incrementaldecoder),
                        ("streamwriter", writer), ("streamreader", reader)):
        set_attr(answer, attr, value)
    text = getattr_(info, "_is_text_encoding", None)
    if text is not None:
        set_attr(answer, "_is_text_encoding", text)
    return answer


def codec_decode(decode, data, *args, **kwargs):
    """A codec's decode function (bound first by codec_search), given a view of a
    copy where 3.11 lends a view of memory it does not own (a memoryview whose
    obj is None: PyUnicode_Decode's)."""
    K = "@@K"
    (type_, memoryview_, bytes_) = K
    if type_(data) is memoryview_ and data.obj is None:
        data = memoryview_(bytes_(data))
    return decode(data, *args, **kwargs)


def memory_hash(view):
    """memoryview.__hash__ (3.11's memory_hash): its checks, then a copy of the
    bytes, then the hash of the object viewed (which must be hashable), then the
    copy's hash: the value 3.11 gives (_Py_HashBytes of the same bytes). 3.11 read
    the view's address first and hashed the object second: the program's __hash__
    released the view and dropped the object, and the block, freed and taken by
    other objects, was hashed (the twentieth round's ok_01). Not cached on the
    view, which only 3.11's own slot can write."""
    K = "@@K"
    (hash_, bytes_, value_error, formats) = K
    if not view.readonly:  # a released view raises here, as CHECK_RELEASED does
        raise value_error("cannot hash writable memoryview object")
    if view.format not in formats:
        raise value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
    data = bytes_(view)  # before any code of the program runs
    held = view.obj
    if held is not None:
        hash_(held)
    return hash_(data)
