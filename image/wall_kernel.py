"""The runtime wall's kernel half: a seccomp filter the runner loads on itself before
it reports ready, so before any program arrives (wall on only).

The audit hook and the guarded builtins live inside the interpreter, and every red
team of the wall has found memory bugs of CPython reachable from pure Python that
remove them (the hook list zeroed, then os.system). What a corrupted interpreter
cannot undo is a filter of the kernel's: once loaded, no process can remove it, it
covers every thread (loaded while the runner has one; TSYNC as well), and every
child inherits it. It stacks on the container engine's own profile.

It is an allowlist: the system calls an honest run makes once it is loaded (the
runner's last steps before ready, reading the code, wall_extend's imports, the
class freeze, the compile, the program, finish and exit), measured over the rule
suite's benign programs, the precision corpus, the sandbox suites and the wall's
own honest programs (image/README.md says how), each with the conditions on its
arguments that the wall's refusals need. Everything else fails with EPERM, so what
a list of refusals forgets (the thirteenth wall round found tkill,
pidfd_send_signal, prlimit64 and fcntl's signals that way) is refused too; and a
memory bug that drives libc's own code with any system call and any arguments
(ok_04: no executable memory needed) reaches only these.

build() runs in PID 1 before the fork (libseccomp's rule set is then made once per
container, shared copy-on-write); the runner loads it before it reports ready
(entrypoint.kernel_ready, after the file half: Landlock's calls are not in the
list). Both raise on failure: the caller fails closed.
"""
import errno
import os
import seccomp

# x86_64 values (the image's interpreter is x86_64; the filter names its native
# architecture only, and a call through another ABI (int 0x80, x32) ends the
# process: ACT_BADARCH).
PROT_EXEC = 0x4
AF_UNIX = 1
O_WRONLY, O_RDWR, O_CREAT, O_TRUNC = 0o1, 0o2, 0o100, 0o1000
# The flags of the C library's pthread_create (glibc 2.36, clone's fallback from
# clone3): CLONE_VM|FS|FILES|SIGHAND|THREAD|SYSVSEM|SETTLS|PARENT_SETTID|
# CHILD_CLEARTID. A thread, never a process nor new namespaces.
THREAD_FLAGS = 0x3D0F00
# ioctl commands: the terminal questions of io.open and argparse's help (isatty,
# the window size: ENOTTY on the runner's pipes) and the non-blocking switch of
# asyncio's socketpair (socket.setblocking).
TCGETS, TIOCGWINSZ, FIONBIO = 0x5401, 0x5413, 0x5421

# Allowed whatever their arguments, grouped by what needs them (image/README.md has
# the table and the measurements).
ALLOWED = (
    # Descriptors the runner holds: the code's pipe, the standard streams (the
    # program's input and output), the files imports and tracebacks open for
    # reading (the opens themselves: below), their listings (the import system's
    # directory caches), their metadata (fstat and stat are newfstatat), dup2 of
    # the program's stdin.
    "read", "write", "close", "lseek", "pread64", "newfstatat", "getdents64", "dup2",
    # The wall's freeze of the classes the program's imports made, a pwrite through
    # the /proc/self/mem descriptor opened before the load (entrypoint.wall_mem).
    "pwrite64",
    # Memory: the allocator and the interpreter's arenas (brk, mmap below, munmap,
    # mremap for a growing buffer, madvise for freed pages and a thread's stack).
    "brk", "munmap", "mremap", "madvise",
    # Threads (threading, concurrent.futures, asyncio.to_thread): the C library's
    # thread start (clone: below; the robust futex list, restartable sequences, the
    # signal mask around it), the locks and conditions (every futex operation), a
    # thread's exit, sched_yield (the C library's and the interpreter's spinning).
    "set_robust_list", "rseq", "rt_sigprocmask", "futex", "exit", "gettid",
    "sched_yield",
    # Signals of the process's own: the C library's handlers (SIGSETXID), the return
    # from any handler (SIGINT's KeyboardInterrupt), the kernel's restart of a call
    # a signal interrupted.
    "rt_sigaction", "rt_sigreturn", "restart_syscall",
    # asyncio's event loop: epoll, and the self-pipe its socketpair is (socketpair:
    # below) written and read with send and recv.
    "epoll_create1", "epoll_ctl", "epoll_wait", "getsockname", "sendto", "recvfrom",
    # Time: the clocks when the vDSO does not answer, time.sleep, timeouts of
    # locks and asyncio (futex, epoll_wait), time.get_clock_info.
    "clock_gettime", "clock_getres", "clock_nanosleep",
    # Randomness: random's seed, secrets, hashlib's OpenSSL (getpid: its check for
    # a fork).
    "getrandom", "getpid",
    # The runner's own: its CPU time for the ready report, its exit.
    "getrusage", "exit_group",
)


def arg(index, mask, value):
    """The condition: (argument index & mask) == value."""
    return seccomp.Arg(index, seccomp.MASKED_EQ, mask, value)


def build():
    """The filter, not loaded: a Filter (its load() adds the rules that name the
    runner's pid, known only then) whose default refuses a call with EPERM."""
    f = seccomp.SyscallFilter(defaction=seccomp.ERRNO(errno.EPERM))
    # Every thread of the process, should one exist when it is loaded (the runner
    # has none then; TSYNC makes that a checked fact, not an assumption).
    f.set_attr(seccomp.Attr.CTL_TSYNC, 1)
    f.set_attr(seccomp.Attr.ACT_BADARCH, seccomp.KILL_PROCESS)
    allow = seccomp.ALLOW
    for name in ALLOWED:
        f.add_rule(allow, name)
    # Memory, never executable: nothing maps code once the runner is ready (PID 1
    # mapped every extension module an allowed import may load before the fork:
    # entrypoint.wall_map_extensions; the wall refuses imports once the program
    # runs), CPython's re has no JIT, ctypes is not the program's.
    for name in ("mmap", "mprotect"):
        f.add_rule(allow, name, arg(2, PROT_EXEC, 0))
    # Opens for reading only (the standard library's modules and sources, the time
    # zones, OpenSSL's configuration): no write access, no creation, no truncation
    # (O_TMPFILE includes O_WRONLY or O_RDWR). The flags are an int: their low half.
    f.add_rule(allow, "openat", arg(2, O_WRONLY | O_RDWR | O_CREAT | O_TRUNC, 0))
    # A thread, with exactly the C library's flags (the whole 64 bits): no process,
    # no namespace. clone3's flags sit in memory the filter cannot read: ENOSYS
    # makes the C library fall back to clone.
    f.add_rule(allow, "clone", seccomp.Arg(0, seccomp.EQ, THREAD_FLAGS))
    f.add_rule(seccomp.ERRNO(errno.ENOSYS), "clone3")
    # asyncio's self-pipe: an AF_UNIX socketpair, nothing else (the whole 64 bits).
    f.add_rule(allow, "socketpair", seccomp.Arg(0, seccomp.EQ, AF_UNIX))
    for cmd in (TCGETS, TIOCGWINSZ, FIONBIO):
        f.add_rule(allow, "ioctl", arg(1, 0xFFFFFFFF, cmd))
    # os.cpu_count (concurrent.futures' default pool size) asks the C library,
    # which asks for the caller's own affinity once /sys and /proc/stat are closed
    # to it (the file half).
    f.add_rule(allow, "sched_getaffinity", seccomp.Arg(0, seccomp.EQ, 0))
    return Filter(f)


class Filter:
    """libseccomp's rule set, made in PID 1; load() finishes it in the runner."""

    def __init__(self, rules):
        self.rules = rules

    def load(self):
        """Loads the filter on the calling process (and its threads), from here on
        for good, with the rule that needs the caller's pid: the C library's
        raise() and abort() signal the caller itself (tgkill of its own pid), no
        other process (PID 1: its pid is 1). The whole 64 bits are compared, so a
        pid with garbage in its upper half is refused too."""
        self.rules.add_rule(seccomp.ALLOW, "tgkill", seccomp.Arg(0, seccomp.EQ, os.getpid()))
        self.rules.load()
