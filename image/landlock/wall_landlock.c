/* wall_landlock: the runtime wall's file half, a Python extension module that lets
 * the runner restrict itself with Landlock (image/entrypoint.py: wall_files,
 * files_load; image/README.md).
 *
 * How this works
 *   Landlock is a Linux security module any process may use on itself, without
 *   privileges: it makes a ruleset that names the access rights it *handles* (every
 *   one the running kernel knows, here), adds rules that allow some of them beneath
 *   directories, and enforces the ruleset on the calling thread for good. From then
 *   on a handled right is refused (EACCES) wherever no rule allows it, and nothing,
 *   not even a process whose interpreter a memory bug has corrupted, can lift it; a
 *   new thread or process inherits it. The runner allows the read rights beneath the
 *   few directories it still reads from (the standard library, shared libraries,
 *   locale, time zones), so /etc, /proc, /home and the rest of the image are out of
 *   reach, nothing can be written, and (from ABI 4) no TCP port bound or connected,
 *   (from ABI 6) no abstract unix socket or signal reach out of the domain.
 *
 *   Landlock grew by ABI versions (1: files; 2: REFER; 3: TRUNCATE; 4: TCP; 5:
 *   IOCTL_DEV; 6: scopes; 7: logging only): wl_handled() picks what the running
 *   kernel's ABI knows, so the same module is as strict as each kernel allows. The
 *   structures are declared here (the kernel's ABI, stable), not taken from
 *   <linux/landlock.h>, whose copy in the build's C library headers may be older
 *   than the kernel that runs the image.
 *
 *   Python has no Landlock API, and the runner must not load ctypes (a program that
 *   corrupts memory would then find raw memory access loaded): hence this module,
 *   the smallest that does the job, built against the stable ABI (abi3) so that any
 *   CPython >= 3.11 of the image loads it.
 *
 * Contract (Python):
 *   abi() -> int         the kernel's Landlock ABI version; OSError when there is
 *                        none (ENOSYS: not built in; EOPNOTSUPP: disabled at boot;
 *                        EPERM: refused by a seccomp profile).
 *   restrict(paths, rights) -> int
 *                        paths: a sequence of directory names (str or bytes), rights:
 *                        the file system rights (an or of the READ_* constants and
 *                        any other ACCESS_FS_* bit) allowed beneath each. Handles
 *                        every right of the kernel's ABI, sets no_new_privs and
 *                        enforces the ruleset on the calling process, which must
 *                        have one thread (Landlock binds the calling thread only; a
 *                        second thread would stay free): answers the ABI enforced,
 *                        raises OSError when any step fails (no ruleset enforced;
 *                        no_new_privs stays set when only the last step failed).
 *   scrub_environ(data) -> None
 *                        data: os.environ's dict (bytes to bytes). Zeroes each of
 *                        its keys and values that nothing else holds, then empties
 *                        it; zeroes the area the kernel gave the environment on the
 *                        stack (env_start..env_end of /proc/self/stat, where every
 *                        string libc's environ pointed at before any unsetenv
 *                        lies) and every string environ points at now, then sets
 *                        environ to NULL. os.environ.clear() alone unsets the
 *                        variables but leaves their text in memory, where a
 *                        program past the audit hook found HOSTNAME and HOME
 *                        (image/entrypoint.py: wall_scrub_environ). Raises
 *                        TypeError when data is not a dict, OSError when the
 *                        stack area cannot be found (what could be zeroed is).
 *   io_guard(method, what, mode, nest[, owner]) -> guard
 *                        method: a C method of an io type (a method or slot
 *                        descriptor of TextIOWrapper, Buffered*), what: the
 *                        message (str) of the RuntimeError a refused call raises,
 *                        mode: IO_SHARED, IO_EXCLUSIVE (detach) or IO_SOLE
 *                        (TextIOWrapper.tell), nest: whether a call of this guard
 *                        may run inside a sole call on the same thread (flush,
 *                        which tell makes itself), owner: for __next__, the type,
 *                        whose tp_iternext (read now, before the patch replaces
 *                        it) a call on one of its instances calls directly.
 *                        Answers a method descriptor that calls method with the
 *                        object marked busy for the call. An exclusive call is
 *                        refused while any guarded call of the same object runs,
 *                        on any thread, a sole one while one runs on another
 *                        thread or a sole one on its own; while an exclusive one
 *                        runs, calls from other threads are refused; while a sole
 *                        one runs, every other call is, but a nest one on its
 *                        thread.
 *                        (image/entrypoint.py: wall_guard_detach.) The busy marks
 *                        are this module's state, under the interpreter lock.
 *   bound(func, first) -> callable
 *                        Answers an object whose call is func(first, *args,
 *                        **kwargs) and that has no attribute, no re-initialiser
 *                        and no __get__: what it holds is neither readable nor
 *                        replaceable (image/entrypoint.py: wall_guard_codecs).
 *                        Raises TypeError when func is not callable.
 *   frame_namespace((name, spaces, refuse, original), *args)
 *                        original(*args) (locals, globals, vars), refused when the
 *                        frame running has one of spaces as its globals
 *                        (image/entrypoint.py: wall_guard_frame_namespaces).
 *   abi, restrict and scrub_environ keep no state; all hold the interpreter lock
 *   throughout.
 */
#define PY_SSIZE_T_CLEAN
#define Py_LIMITED_API 0x030B0000
#include <Python.h>
#include <structmember.h>

#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <stdlib.h>
#include <unistd.h>

extern char **environ;

#ifndef SYS_landlock_create_ruleset
#define SYS_landlock_create_ruleset 444
#define SYS_landlock_add_rule 445
#define SYS_landlock_restrict_self 446
#endif
#ifndef O_PATH
#define O_PATH 010000000
#endif

/* The kernel's Landlock ABI (include/uapi/linux/landlock.h). */
struct wl_ruleset_attr {
    uint64_t handled_access_fs;
    uint64_t handled_access_net; /* ABI 4 */
    uint64_t scoped;             /* ABI 6 */
};

struct wl_path_beneath_attr {
    uint64_t allowed_access;
    int32_t parent_fd;
} __attribute__((packed));

#define WL_CREATE_RULESET_VERSION (1U << 0)
#define WL_RULE_PATH_BENEATH 1

#define WL_FS_EXECUTE (1ULL << 0)
#define WL_FS_WRITE_FILE (1ULL << 1)
#define WL_FS_READ_FILE (1ULL << 2)
#define WL_FS_READ_DIR (1ULL << 3)
#define WL_FS_V1 ((1ULL << 13) - 1) /* EXECUTE .. MAKE_SYM */
#define WL_FS_REFER (1ULL << 13)     /* ABI 2 */
#define WL_FS_TRUNCATE (1ULL << 14)  /* ABI 3 */
#define WL_FS_IOCTL_DEV (1ULL << 15) /* ABI 5 */
#define WL_NET_BIND_TCP (1ULL << 0)  /* ABI 4 */
#define WL_NET_CONNECT_TCP (1ULL << 1)
#define WL_SCOPE_ABSTRACT_UNIX_SOCKET (1ULL << 0) /* ABI 6 */
#define WL_SCOPE_SIGNAL (1ULL << 1)

/* Longest path accepted (PATH_MAX). */
#define WL_PATH_MAX 4096

/* The kernel's ABI version, or -1 with errno set. */
static int wl_abi(void)
{
    long v = syscall(SYS_landlock_create_ruleset, NULL, (size_t)0,
                     WL_CREATE_RULESET_VERSION);
    return v < 0 ? -1 : (int)v;
}

/* Every right ABI abi knows (up to ABI 7, the last this file knows; a later ABI's
 * new rights are left unhandled until they are added here): the ruleset handles
 * them all, so that what it does not allow is refused. Answers the size of the
 * attribute the kernel reads (older kernels refuse larger ones). */
static size_t wl_handled(int abi, struct wl_ruleset_attr *attr)
{
    attr->handled_access_fs = WL_FS_V1;
    attr->handled_access_net = 0;
    attr->scoped = 0;
    if (abi >= 2)
        attr->handled_access_fs |= WL_FS_REFER;
    if (abi >= 3)
        attr->handled_access_fs |= WL_FS_TRUNCATE;
    if (abi >= 5)
        attr->handled_access_fs |= WL_FS_IOCTL_DEV;
    if (abi >= 4)
        attr->handled_access_net = WL_NET_BIND_TCP | WL_NET_CONNECT_TCP;
    if (abi >= 6)
        attr->scoped = WL_SCOPE_ABSTRACT_UNIX_SOCKET | WL_SCOPE_SIGNAL;
    if (abi >= 6)
        return sizeof(*attr);
    if (abi >= 4)
        return offsetof(struct wl_ruleset_attr, scoped);
    return offsetof(struct wl_ruleset_attr, handled_access_net);
}

/* Whether the calling process has one thread: /proc/<pid>/task's link count is two
 * plus its threads. -1 with errno set when it cannot be told (fails closed). */
static int wl_one_thread(void)
{
    struct stat st;
    if (stat("/proc/self/task", &st) != 0)
        return -1;
    return st.st_nlink == 3;
}

/* Raises OSError(err, "step: strerror", path): its errno is the kernel's, its text
 * says which step failed. Answers NULL. */
static PyObject *wl_error(int err, const char *step, const char *path)
{
    char text[256];
    int n = snprintf(text, sizeof(text), "%s: %s", step, strerror(err));
    if (n < 0 || (size_t)n >= sizeof(text))
        text[sizeof(text) - 1] = '\0'; /* cut: the step's name is what matters */
    PyObject *exc = path != NULL
        ? PyObject_CallFunction(PyExc_OSError, "iss", err, text, path)
        : PyObject_CallFunction(PyExc_OSError, "is", err, text);
    if (exc != NULL) {
        PyErr_SetObject(PyExc_OSError, exc);
        Py_DECREF(exc);
    }
    return NULL;
}

static PyObject *wl_py_abi(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    int abi = wl_abi();
    if (abi < 0)
        return wl_error(errno, "landlock_create_ruleset", NULL);
    return PyLong_FromLong(abi);
}

static PyObject *wl_py_restrict(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *paths = NULL, *seq = NULL, *item = NULL, *path = NULL, *result = NULL;
    unsigned long long rights = 0;
    int ruleset = -1, dir = -1, abi;
    struct wl_ruleset_attr attr;
    struct wl_path_beneath_attr rule;
    size_t attr_len;
    Py_ssize_t n;
    const char *name;

    if (!PyArg_ParseTuple(args, "OK:restrict", &paths, &rights))
        return NULL;
    seq = PySequence_Tuple(paths);
    if (seq == NULL)
        goto out;
    abi = wl_abi();
    if (abi < 0) {
        wl_error(errno, "landlock_create_ruleset", NULL);
        goto out;
    }
    attr_len = wl_handled(abi, &attr);
    rights &= attr.handled_access_fs;
    switch (wl_one_thread()) {
    case 1:
        break;
    case 0:
        PyErr_SetString(PyExc_OSError, "landlock: the process has more than one thread");
        goto out;
    default:
        wl_error(errno, "stat", "/proc/self/task");
        goto out;
    }
    ruleset = (int)syscall(SYS_landlock_create_ruleset, &attr, attr_len, 0U);
    if (ruleset < 0) {
        wl_error(errno, "landlock_create_ruleset", NULL);
        goto out;
    }
    n = PyTuple_Size(seq);
    for (Py_ssize_t i = 0; i < n; i++) {
        item = PyTuple_GetItem(seq, i); /* borrowed */
        if (item == NULL || !PyUnicode_FSConverter(item, &path))
            goto out;
        name = PyBytes_AsString(path);
        if (name == NULL)
            goto out;
        if (strlen(name) >= WL_PATH_MAX) {
            PyErr_SetString(PyExc_OSError, "landlock: a path is too long");
            goto out;
        }
        dir = open(name, O_PATH | O_DIRECTORY | O_CLOEXEC);
        if (dir < 0) {
            wl_error(errno, "open", name);
            goto out;
        }
        rule.allowed_access = rights;
        rule.parent_fd = dir;
        if (syscall(SYS_landlock_add_rule, ruleset, WL_RULE_PATH_BENEATH, &rule, 0U) != 0) {
            wl_error(errno, "landlock_add_rule", name);
            goto out;
        }
        close(dir);
        dir = -1;
        Py_CLEAR(path);
    }
    /* Required of an unprivileged process; the seccomp half sets it too. */
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
        wl_error(errno, "prctl(PR_SET_NO_NEW_PRIVS)", NULL);
        goto out;
    }
    if (syscall(SYS_landlock_restrict_self, ruleset, 0U) != 0) {
        wl_error(errno, "landlock_restrict_self", NULL);
        goto out;
    }
    result = PyLong_FromLong(abi);
out:
    if (dir >= 0)
        close(dir);
    if (ruleset >= 0)
        close(ruleset);
    Py_XDECREF(path);
    Py_XDECREF(seq);
    return result;
}

/* Zeroes a bytes object's text when the caller's container is its only holder
 * (a shared one, such as a cached one-byte object, is left alone). */
static void wl_wipe(PyObject *obj)
{
    if (!PyBytes_CheckExact(obj) || Py_REFCNT(obj) != 1)
        return;
    char *text = PyBytes_AsString(obj);
    Py_ssize_t len = PyBytes_Size(obj);
    if (text != NULL && len > 1)
        memset(text, 0, (size_t)len);
}

/* env_start and env_end of /proc/self/stat (fields 50 and 51, after the command
 * name in parentheses, which may itself hold spaces and parentheses). 0 when
 * found, else an errno value. */
static int wl_env_area(uintptr_t *start, uintptr_t *end)
{
    char buf[4096];
    int fd = open("/proc/self/stat", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    ssize_t n = read(fd, buf, sizeof(buf) - 1);
    int err = n < 0 ? errno : 0;
    close(fd);
    if (n <= 0)
        return err != 0 ? err : EIO;
    buf[n] = '\0';
    char *p = strrchr(buf, ')');
    if (p == NULL)
        return EIO;
    /* p + 1 is " S ...": field 3 (state) follows the space after the name. */
    unsigned long long values[2] = {0, 0};
    int field = 2;
    char *save = NULL;
    for (char *tok = strtok_r(p + 1, " ", &save); tok != NULL;
         tok = strtok_r(NULL, " ", &save)) {
        field++;
        if (field == 50 || field == 51)
            values[field - 50] = strtoull(tok, NULL, 10);
        if (field == 51)
            break;
    }
    if (field < 51 || values[0] == 0 || values[1] <= values[0])
        return EIO;
    *start = (uintptr_t)values[0];
    *end = (uintptr_t)values[1];
    return 0;
}

static PyObject *wl_py_scrub_environ(PyObject *self, PyObject *data)
{
    (void)self;
    if (!PyDict_Check(data)) {
        PyErr_SetString(PyExc_TypeError, "scrub_environ: os.environ's dict expected");
        return NULL;
    }
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(data, &pos, &key, &value)) {
        wl_wipe(key);
        wl_wipe(value);
    }
    PyDict_Clear(data); /* frees the zeroed objects: nothing looks them up again */
    uintptr_t start = 0, end = 0;
    int err = wl_env_area(&start, &end);
    if (err == 0)
        memset((void *)start, 0, (size_t)(end - start));
    for (char **e = environ; e != NULL && *e != NULL; e++)
        memset(*e, 0, strlen(*e));
    environ = NULL;
    if (err != 0)
        return wl_error(err, "scrub_environ: /proc/self/stat", NULL);
    Py_RETURN_NONE;
}

/* io_guard: the calls of io objects under way, so that detach() never runs under
 * one, nor anything under TextIOWrapper.tell(). 3.11's TextIOWrapper.detach() sets
 * the object's buffer to NULL (Buffered*'s its raw) and its other methods read that
 * field again after each call out to the program's code (the buffer's read1, a
 * decoder's decode, a flush of its own) or after another thread had the
 * interpreter lock (a file's read): a detach() from there, or from a second
 * thread, leaves the running method a NULL to call (the fifteenth round's ok_04
 * variant, SIGSEGV). tell() holds its snapshot's bytes borrowed while it calls the
 * decoder, and a seek() or read() from there frees them (ok_05's read, without
 * detach). A Python wrapper per call costs 5x a line's iteration; this one a scan
 * of the few calls under way. */
typedef struct {
    PyObject *obj;           /* borrowed: the call's argument tuple holds it */
    unsigned long thread;    /* the thread making the call */
    int mode;
} wl_busy_t;

enum { WL_IO_SHARED, WL_IO_EXCLUSIVE, WL_IO_SOLE };

static wl_busy_t *wl_busy;
static Py_ssize_t wl_busy_n, wl_busy_cap;

/* The vectorcall protocol: in the stable ABI from 3.12, exported (with these
 * signatures) by 3.11 already; a guard is called through it, not with a tuple. */
typedef PyObject *(*wl_vectorcallfunc)(PyObject *, PyObject *const *, size_t, PyObject *);
PyAPI_FUNC(PyObject *) PyObject_Vectorcall(PyObject *callable, PyObject *const *args,
                                           size_t nargsf, PyObject *kwnames);
PyAPI_FUNC(PyObject *) PyVectorcall_Call(PyObject *callable, PyObject *tuple,
                                         PyObject *dict);
/* Likewise exported by every CPython 3, outside the limited API: a bound method. */
PyAPI_FUNC(PyObject *) PyMethod_New(PyObject *func, PyObject *self);
#define WL_VECTORCALL_ARGUMENTS_OFFSET ((size_t)1 << (8 * sizeof(size_t) - 1))
#define WL_HAVE_VECTORCALL (1UL << 11)

typedef struct {
    PyObject_HEAD
    PyObject *method;
    PyObject *what;
    int mode;
    int nest;
    wl_vectorcallfunc vectorcall;
    PyTypeObject *owner;   /* with next: the type whose tp_iternext next was */
    iternextfunc next;
} wl_guard;

static int wl_busy_refuses(PyObject *obj, const wl_guard *g, unsigned long thread)
{
    for (Py_ssize_t i = 0; i < wl_busy_n; i++) {
        const wl_busy_t *b = &wl_busy[i];
        if (b->obj != obj)
            continue;
        if (g->mode == WL_IO_EXCLUSIVE)
            return 1;
        /* A sole call may run inside another of its thread (seek(0, 1) calls
         * tell): what it guards against is a call under it. */
        if (g->mode == WL_IO_SOLE && (b->thread != thread || b->mode == WL_IO_SOLE))
            return 1;
        if (g->mode == WL_IO_SOLE)
            continue;
        if (b->mode == WL_IO_EXCLUSIVE && b->thread != thread)
            return 1;
        if (b->mode == WL_IO_SOLE && !(b->thread == thread && g->nest))
            return 1;
    }
    return 0;
}

static int wl_busy_push(PyObject *obj, int mode, unsigned long thread)
{
    if (wl_busy_n == wl_busy_cap) {
        Py_ssize_t cap = wl_busy_cap ? wl_busy_cap * 2 : 16;
        wl_busy_t *grown = PyMem_Realloc(wl_busy, (size_t)cap * sizeof *grown);
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        wl_busy = grown;
        wl_busy_cap = cap;
    }
    wl_busy[wl_busy_n].obj = obj;
    wl_busy[wl_busy_n].thread = thread;
    wl_busy[wl_busy_n].mode = mode;
    wl_busy_n++;
    return 0;
}

/* Removes one mark equal to the one pushed (calls end in any order across
 * threads; equal marks are interchangeable). */
static void wl_busy_pop(PyObject *obj, int mode, unsigned long thread)
{
    for (Py_ssize_t i = wl_busy_n - 1; i >= 0; i--) {
        if (wl_busy[i].obj == obj && wl_busy[i].thread == thread &&
            wl_busy[i].mode == mode) {
            wl_busy[i] = wl_busy[wl_busy_n - 1];
            wl_busy_n--;
            return;
        }
    }
}

static PyObject *wl_guard_vectorcall(PyObject *self, PyObject *const *args,
                                     size_t nargsf, PyObject *kwnames)
{
    wl_guard *g = (wl_guard *)self;
    Py_ssize_t n = (Py_ssize_t)(nargsf & ~WL_VECTORCALL_ARGUMENTS_OFFSET);
    if (n < 1) /* the method's own error */
        return PyObject_Vectorcall(g->method, args, nargsf, kwnames);
    PyObject *obj = args[0]; /* the caller holds it for the call */
    unsigned long thread = PyThread_get_thread_ident();
    if (wl_busy_refuses(obj, g, thread)) {
        PyErr_SetObject(PyExc_RuntimeError, g->what);
        return NULL;
    }
    if (wl_busy_push(obj, g->mode, thread) != 0)
        return NULL;
    PyObject *res;
    if (g->next != NULL && n == 1 && kwnames == NULL &&
        PyType_IsSubtype(Py_TYPE(obj), g->owner)) {
        /* __next__: the type's own C function, as its slot wrapper would call
         * it (a wrapper call makes two tuples and a bound wrapper). */
        res = g->next(obj);
        if (res == NULL && !PyErr_Occurred())
            PyErr_SetNone(PyExc_StopIteration);
    } else {
        res = PyObject_Vectorcall(g->method, args, nargsf, kwnames);
    }
    wl_busy_pop(obj, g->mode, thread);
    return res;
}

/* obj.method: a bound method of the guard, as a method descriptor answers; on
 * the class, the guard itself. */
static PyObject *wl_guard_get(PyObject *self, PyObject *obj, PyObject *type)
{
    (void)type;
    if (obj == NULL || obj == Py_None) {
        Py_INCREF(self);
        return self;
    }
    return PyMethod_New(self, obj);
}

static PyObject *wl_guard_repr(PyObject *self)
{
    return PyObject_Repr(((wl_guard *)self)->method);
}

/* The method's own names and documentation, for help() and tracebacks. */
static PyObject *wl_guard_attr(PyObject *self, void *name)
{
    return PyObject_GetAttrString(((wl_guard *)self)->method, (const char *)name);
}

static void wl_guard_dealloc(PyObject *self)
{
    wl_guard *g = (wl_guard *)self;
    PyTypeObject *tp = Py_TYPE(self);
    Py_XDECREF(g->method);
    Py_XDECREF(g->what);
    Py_XDECREF((PyObject *)g->owner);
    freefunc tp_free = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    tp_free(self);
    Py_DECREF(tp);
}

static PyGetSetDef wl_guard_getset[] = {
    {"__name__", wl_guard_attr, NULL, NULL, "__name__"},
    {"__qualname__", wl_guard_attr, NULL, NULL, "__qualname__"},
    {"__objclass__", wl_guard_attr, NULL, NULL, "__objclass__"},
    {"__text_signature__", wl_guard_attr, NULL, NULL, "__text_signature__"},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyMemberDef wl_guard_members[] = {
    {"__vectorcalloffset__", T_PYSSIZET, offsetof(wl_guard, vectorcall), READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyType_Slot wl_guard_slots[] = {
    {Py_tp_call, PyVectorcall_Call},
    {Py_tp_members, wl_guard_members},
    {Py_tp_descr_get, wl_guard_get},
    {Py_tp_repr, wl_guard_repr},
    {Py_tp_dealloc, wl_guard_dealloc},
    {Py_tp_getset, wl_guard_getset},
    {0, NULL},
};

/* Called unbound with the object first, as a method descriptor is (the bit is
 * the interpreter's Py_TPFLAGS_METHOD_DESCRIPTOR, outside the limited API in
 * 3.11); made only here (DISALLOW_INSTANTIATION), never changed (IMMUTABLETYPE). */
#define WL_METHOD_DESCRIPTOR (1UL << 17)

static PyType_Spec wl_guard_spec = {
    "wall_landlock.io_guard", sizeof(wl_guard), 0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_DISALLOW_INSTANTIATION | Py_TPFLAGS_IMMUTABLETYPE |
        WL_METHOD_DESCRIPTOR | WL_HAVE_VECTORCALL,
    wl_guard_slots,
};

static PyObject *wl_guard_type;

static PyObject *wl_py_io_guard(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *method, *what, *owner = NULL;
    int mode, nest;
    if (!PyArg_ParseTuple(args, "OUip|O!", &method, &what, &mode, &nest, &PyType_Type,
                          &owner))
        return NULL;
    if (mode < WL_IO_SHARED || mode > WL_IO_SOLE) {
        PyErr_SetString(PyExc_ValueError, "io_guard: mode is IO_SHARED, IO_EXCLUSIVE or IO_SOLE");
        return NULL;
    }
    iternextfunc next = NULL;
    if (owner != NULL) {
        next = (iternextfunc)PyType_GetSlot((PyTypeObject *)owner, Py_tp_iternext);
        if (next == NULL) {
            PyErr_SetString(PyExc_TypeError, "io_guard: the owner has no tp_iternext");
            return NULL;
        }
    }
    if (wl_guard_type == NULL) {
        wl_guard_type = PyType_FromSpec(&wl_guard_spec);
        if (wl_guard_type == NULL)
            return NULL;
    }
    allocfunc alloc = (allocfunc)PyType_GetSlot((PyTypeObject *)wl_guard_type,
                                                Py_tp_alloc);
    wl_guard *g = (wl_guard *)alloc((PyTypeObject *)wl_guard_type, 0);
    if (g == NULL)
        return NULL;
    Py_INCREF(method);
    Py_INCREF(what);
    g->method = method;
    g->what = what;
    g->mode = mode;
    g->nest = nest;
    g->vectorcall = wl_guard_vectorcall;
    Py_XINCREF(owner);
    g->owner = (PyTypeObject *)owner;
    g->next = next;
    return (PyObject *)g;
}

/* bound: a callable that calls func with first before its own arguments, as a
 * bound method or a functools.partial would, with nothing to read or change: no
 * attribute (a bound method's __func__ and a partial's func handed the program
 * the wall's function), no __setstate__ (a partial's re-stated the wall's codec
 * wrapper: the seventeenth round's ok_05), not a descriptor, made only here. */
typedef struct {
    PyObject_HEAD
    PyObject *func;
    PyObject *first;
    wl_vectorcallfunc vectorcall;
} wl_bound;

#define WL_BOUND_STACK 8

static PyObject *wl_bound_vectorcall(PyObject *self, PyObject *const *args,
                                     size_t nargsf, PyObject *kwnames)
{
    wl_bound *b = (wl_bound *)self;
    size_t n = nargsf & ~WL_VECTORCALL_ARGUMENTS_OFFSET;
    size_t nkw = kwnames != NULL ? (size_t)PyTuple_Size(kwnames) : 0;
    size_t total = n + nkw + 1;
    PyObject *small[WL_BOUND_STACK];
    PyObject **all = small;
    if (total > WL_BOUND_STACK) {
        all = PyMem_Malloc(total * sizeof *all);
        if (all == NULL)
            return PyErr_NoMemory();
    }
    all[0] = b->first;
    for (size_t i = 0; i < n + nkw; i++)
        all[i + 1] = args[i];
    /* Held for the call: the function may drop the last other reference. */
    Py_INCREF(b->func);
    Py_INCREF(b->first);
    PyObject *res = PyObject_Vectorcall(b->func, all, n + 1, kwnames);
    Py_DECREF(b->first);
    Py_DECREF(b->func);
    if (all != small)
        PyMem_Free(all);
    return res;
}

static PyObject *wl_bound_repr(PyObject *self)
{
    (void)self;
    return PyUnicode_FromString("<safe-exec wall: bound call>");
}

static void wl_bound_dealloc(PyObject *self)
{
    wl_bound *b = (wl_bound *)self;
    PyTypeObject *tp = Py_TYPE(self);
    Py_XDECREF(b->func);
    Py_XDECREF(b->first);
    freefunc tp_free = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    tp_free(self);
    Py_DECREF(tp);
}

static PyMemberDef wl_bound_members[] = {
    {"__vectorcalloffset__", T_PYSSIZET, offsetof(wl_bound, vectorcall), READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyType_Slot wl_bound_slots[] = {
    {Py_tp_call, PyVectorcall_Call},
    {Py_tp_members, wl_bound_members},
    {Py_tp_repr, wl_bound_repr},
    {Py_tp_dealloc, wl_bound_dealloc},
    {0, NULL},
};

static PyType_Spec wl_bound_spec = {
    "wall_landlock.bound", sizeof(wl_bound), 0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_DISALLOW_INSTANTIATION | Py_TPFLAGS_IMMUTABLETYPE |
        WL_HAVE_VECTORCALL,
    wl_bound_slots,
};

static PyObject *wl_bound_type;

static PyObject *wl_py_bound(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *func, *first;
    if (!PyArg_ParseTuple(args, "OO", &func, &first))
        return NULL;
    if (!PyCallable_Check(func)) {
        PyErr_SetString(PyExc_TypeError, "bound: func is not callable");
        return NULL;
    }
    if (wl_bound_type == NULL) {
        wl_bound_type = PyType_FromSpec(&wl_bound_spec);
        if (wl_bound_type == NULL)
            return NULL;
    }
    allocfunc alloc = (allocfunc)PyType_GetSlot((PyTypeObject *)wl_bound_type,
                                                Py_tp_alloc);
    wl_bound *b = (wl_bound *)alloc((PyTypeObject *)wl_bound_type, 0);
    if (b == NULL)
        return NULL;
    Py_INCREF(func);
    Py_INCREF(first);
    b->func = func;
    b->first = first;
    b->vectorcall = wl_bound_vectorcall;
    return (PyObject *)b;
}

/* frame_namespace(config, *args): locals(), globals() or vars(), config's original
 * called with args, unless the frame running is one of the wall's (its globals
 * one of config's spaces): then config's refuse is called with its name. The
 * builtins answer for the innermost Python frame, and a C callable the program
 * hands to C code a guard or the hook calls (defaultdict(locals).__getitem__ as a
 * class's __lt__, called by the original list.__lt__ inside the wall's guard)
 * runs with no frame of its own: 3.11 answered the wall's frame, its constants
 * and its namespace, and no audit event was raised (the nineteenth round's ok_03,
 * ok_04). With arguments (vars(obj)) the frame does not matter and is not asked.
 * config: (name, spaces: a list, refuse, original); bound to it by the
 * caller (bound), so that the call itself pushes no frame either. */
static PyObject *wl_py_frame_namespace(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *config, *name, *spaces, *refuse, *original, *rest = NULL, *res = NULL;
    Py_ssize_t n = PyTuple_Size(args);
    if (n < 1)
        return NULL;
    config = PyTuple_GetItem(args, 0);
    if (!PyArg_ParseTuple(config, "UOOO", &name, &spaces, &refuse, &original))
        return NULL;
    if (!PyList_Check(spaces)) {
        PyErr_SetString(PyExc_TypeError, "frame_namespace: spaces is not a list");
        return NULL;
    }
    /* With arguments (vars(obj)) the answer does not depend on the frame. */
    PyObject *running = n == 1 ? PyEval_GetGlobals() : NULL; /* borrowed */
    if (running != NULL) {
        Py_ssize_t k = PyList_Size(spaces);
        for (Py_ssize_t i = 0; i < k; i++) {
            if (PyList_GetItem(spaces, i) != running)
                continue;
            PyObject *r = PyObject_CallFunctionObjArgs(refuse, name, Py_None, NULL);
            if (r != NULL) {
                Py_DECREF(r);
                PyErr_SetString(PyExc_RuntimeError, "wall: a frame of the wall");
            }
            return NULL;
        }
    }
    rest = PyTuple_GetSlice(args, 1, n);
    if (rest != NULL)
        res = PyObject_Call(original, rest, NULL);
    Py_XDECREF(rest);
    return res;
}

static PyMethodDef wl_methods[] = {
    {"abi", wl_py_abi, METH_NOARGS,
     "abi() -> int: the kernel's Landlock ABI version (OSError when none)."},
    {"restrict", wl_py_restrict, METH_VARARGS,
     "restrict(paths, rights) -> int: handle every right of the kernel's ABI, allow\n"
     "rights beneath each directory of paths, enforce on this process for good."},
    {"scrub_environ", wl_py_scrub_environ, METH_O,
     "scrub_environ(data) -> None: os.environ's dict (data) and the process's\n"
     "environment strings zeroed and emptied, libc's environ set to NULL."},
    {"io_guard", wl_py_io_guard, METH_VARARGS,
     "io_guard(method, what, mode, nest[, owner]) -> a method descriptor: method\n"
     "called with its object marked busy; an exclusive (detach) or sole (tell)\n"
     "one refused while any call of the object runs, and the others while it\n"
     "does (an exclusive one: on other threads; a sole one: but a nest one)."},
    {"frame_namespace", wl_py_frame_namespace, METH_VARARGS,
     "frame_namespace((name, spaces, refuse, original), *args): original(*args),\n"
     "refused (refuse(name, None)) when the running frame's globals is in spaces."},
    {"bound", wl_py_bound, METH_VARARGS,
     "bound(func, first) -> a callable: func(first, *args, **kwargs), with no\n"
     "attribute that reads or changes func or first."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef wl_module = {
    PyModuleDef_HEAD_INIT, "wall_landlock",
    "The runtime wall's file half: Landlock for the runner (see abi, restrict).", -1,
    wl_methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit_wall_landlock(void);

PyMODINIT_FUNC PyInit_wall_landlock(void)
{
    PyObject *m = PyModule_Create(&wl_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddIntConstant(m, "READ_FILE", (long)WL_FS_READ_FILE) != 0 ||
        PyModule_AddIntConstant(m, "READ_DIR", (long)WL_FS_READ_DIR) != 0 ||
        PyModule_AddIntConstant(m, "IO_SHARED", WL_IO_SHARED) != 0 ||
        PyModule_AddIntConstant(m, "IO_EXCLUSIVE", WL_IO_EXCLUSIVE) != 0 ||
        PyModule_AddIntConstant(m, "IO_SOLE", WL_IO_SOLE) != 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
