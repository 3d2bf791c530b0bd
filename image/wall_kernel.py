"""The runtime wall's kernel half: a seccomp filter the runner loads on itself before
it reports ready, so before any program arrives (wall on only).

The audit hook and the guarded builtins live inside the interpreter, and every red
team of the wall has found memory bugs of CPython reachable from pure Python that
remove them (the hook list zeroed, then os.system). What a corrupted interpreter
cannot undo is a filter of the kernel's: once loaded, no process can remove it, it
covers every thread (loaded while the runner has one; TSYNC as well), and every
child inherits it. It stacks on the container engine's own profile.

What it refuses (EPERM) is what a program under the wall never does, because the
wall's hook refuses the Python that would lead there (processes, files opened for
writing, sockets but AF_UNIX, ctypes, imports once the program runs): a process
that keeps the interpreter honest never makes these calls, so the filter changes
nothing for it, and a corrupted one finds the kernel refusing what it came for.

build() runs in PID 1 before the fork (libseccomp's rule set is then made once per
container, shared copy-on-write); load() in the runner, before it reports ready:
what the runner does after that (the imports the program names, the wall's
freezing of their classes) needs nothing refused here (entrypoint.kernel_ready).
Both raise on failure: the caller fails closed.
"""
import errno
import seccomp

# x86_64 and generic values (the image's interpreter is x86_64; the filter names its
# native architecture only, and a call through another ABI (int 0x80, x32) ends the
# process: ACT_BADARCH).
PROT_EXEC = 0x4
AF_UNIX = 1
O_WRONLY, O_RDWR, O_CREAT, O_TRUNC = 0o1, 0o2, 0o100, 0o1000
CLONE_THREAD = 0x10000
SHM_EXEC = 0o100000
LOW32 = 0xFFFFFFFF

# Refused whatever their arguments.
REFUSED = (
    # A new program: the wall refuses subprocess, os.exec*, os.system, pty, ...
    "execve", "execveat",
    # A new process (the wall refuses os.fork, multiprocessing); threads stay (clone
    # with CLONE_THREAD, below).
    "fork", "vfork",
    # Another process's memory or descriptors (PID 1's).
    "ptrace", "process_vm_readv", "process_vm_writev", "process_madvise",
    "pidfd_open", "pidfd_getfd", "kcmp", "process_mrelease",
    # Signals no thread of the runner needs: tkill names a thread by its id alone
    # (the C library's raise and pthread_kill use tgkill), and a pidfd comes from an
    # open of /proc/<pid> (pidfd_open is refused above). PID 1 drops every signal
    # from inside anyway (it handles none: entrypoint.pid1_signals).
    "tkill", "pidfd_send_signal",
    # Code or memory out of nowhere: an anonymous file to map executable, secret
    # memory, System V shared memory (shmat can map SHM_EXEC; nothing honest uses it).
    "memfd_create", "memfd_secret", "shmget", "shmat", "shmctl",
    # The kernel's attack surface a program never needs.
    "bpf", "perf_event_open", "userfaultfd",
    "io_uring_setup", "io_uring_enter", "io_uring_register",
    "keyctl", "add_key", "request_key",
    "personality", "modify_ldt", "iopl", "ioperm",
    "unshare", "setns", "mount", "umount2", "pivot_root", "chroot",
    "open_tree", "move_mount", "fsopen", "fsconfig", "fsmount", "fspick", "mount_setattr",
    "kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module",
    "acct", "swapon", "swapoff", "reboot", "syslog", "quotactl", "lookup_dcookie",
    "open_by_handle_at", "name_to_handle_at", "fanotify_init",
    # Files: the wall lets a program open the standard library's files for reading
    # and nothing else (opens for writing: below); creat and openat2 are opens whose
    # flags the rules below do not read. What writes a file's name or metadata
    # (unlink, rename, mkdir, chmod, ...) is left: the root file system is read-only
    # and /tmp, this container's alone, holds nothing of anyone's (each rule costs
    # every run ~1.4 us of CPU at the load).
    "creat", "openat2",
    # What creates or sizes a file without an open for writing, or stores bytes
    # beside one: a regular file made by mknod, sized by truncate, an extended
    # attribute's value (the thirteenth wall round's near miss, in /tmp). The wall
    # refuses os.mknod, os.truncate, os.setxattr and their kin.
    "mknod", "mknodat", "truncate", "ftruncate",
    "setxattr", "lsetxattr", "fsetxattr", "removexattr", "lremovexattr", "fremovexattr",
)

# Calls that act on the process their pid argument names, refused for any pid but
# 0 (the caller): PID 1 shares the runner's uid, so the kernel lets the runner take
# its limits (prlimit64: no descriptor slot left for what it reads after the run,
# the thirteenth wall round's ok_03; or an address-space limit) and its CPU
# (priority, affinity, SCHED_IDLE: near/n3). The wall refuses resource.prlimit and
# its kin; setrlimit and getrlimit of the C library are prlimit64 on pid 0, and
# os.sched_setaffinity(0, ...) stays. The caller's own pid spelled out is refused
# too: the rules are made in PID 1 before the runner's pid exists.
OWN_PID_ONLY = ("prlimit64", "sched_setaffinity", "sched_setscheduler", "sched_setparam",
                "sched_setattr", "migrate_pages", "move_pages")
# setpriority(which, who, prio) and ioprio_set(which, who, prio): only the caller's
# own process (PRIO_PROCESS = 0 and IOPRIO_WHO_PROCESS = 1, with who 0); a process
# group or a user (which includes PID 1) is refused.
PRIO_PROCESS, IOPRIO_WHO_PROCESS = 0, 1
# fcntl and ioctl commands that make the kernel signal a process for a descriptor:
# the owner of its file description (F_SETOWN, F_SETOWN_EX, FIOSETOWN, SIOCSPGRP)
# and the signal (F_SETSIG). The runner's stdout and stderr are the same file
# descriptions as PID 1's: with PID 1 as owner and SIGINT as the signal, the engine's
# every read of the pipe had the kernel send it SIGINT (ok_02).
F_SETOWN, F_SETSIG, F_SETOWN_EX = 8, 10, 15
FIOSETOWN, SIOCSPGRP = 0x8901, 0x8902


def arg(index, mask, value):
    """The condition: (argument index & mask) == value."""
    return seccomp.Arg(index, seccomp.MASKED_EQ, mask, value)


def build():
    """The filter, not loaded: a seccomp.SyscallFilter whose default lets a call
    through, with a rule refusing each call above (EPERM)."""
    eperm = seccomp.ERRNO(errno.EPERM)
    f = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
    # Every thread of the process, should one exist when it is loaded (the runner
    # has none then; TSYNC makes that a checked fact, not an assumption).
    f.set_attr(seccomp.Attr.CTL_TSYNC, 1)
    f.set_attr(seccomp.Attr.ACT_BADARCH, seccomp.KILL_PROCESS)
    for name in REFUSED:
        f.add_rule(eperm, name)
    # Executable memory: nothing maps code once the runner is ready (PID 1 mapped
    # every extension module an allowed import may load before the fork:
    # entrypoint.wall_map_extensions; the wall refuses imports once the program
    # runs), CPython's re has no JIT, and ctypes (whose callbacks want executable
    # trampolines) is not the program's.
    for name in ("mmap", "mprotect", "pkey_mprotect"):
        f.add_rule(eperm, name, arg(2, PROT_EXEC, PROT_EXEC))
    # Only AF_UNIX sockets: asyncio's event loop wakes itself through a socketpair.
    f.add_rule(eperm, "socket", seccomp.Arg(0, seccomp.NE, AF_UNIX))
    f.add_rule(eperm, "socketpair", seccomp.Arg(0, seccomp.NE, AF_UNIX))
    # Opens for reading only (what the wall's hook allows: the standard library's
    # sources for a traceback's lines); O_TMPFILE needs write access, so is refused.
    for name, index in (("open", 1), ("openat", 2)):
        for bit in (O_WRONLY, O_RDWR, O_CREAT, O_TRUNC):
            f.add_rule(eperm, name, arg(index, bit, bit))
    # clone for a thread only: a process (or new namespaces, which need it without
    # CLONE_THREAD) is refused. clone3's flags sit in memory the filter cannot read:
    # ENOSYS makes the C library fall back to clone.
    f.add_rule(eperm, "clone", arg(0, CLONE_THREAD, 0))
    f.add_rule(seccomp.ERRNO(errno.ENOSYS), "clone3")
    # Signals to PID 1, the process group or every process (pid 1, 0, negative):
    # the wall refuses os.kill and killpg; a program may still signal itself.
    for name in ("kill", "rt_sigqueueinfo"):
        f.add_rule(eperm, name, arg(0, LOW32, 1))
        f.add_rule(eperm, name, arg(0, LOW32, 0))
        f.add_rule(eperm, name, arg(0, 0x80000000, 0x80000000))
    for name in ("tgkill", "rt_tgsigqueueinfo"):
        f.add_rule(eperm, name, arg(0, LOW32, 1))
    # Another process's limits and scheduling (above): pid 0 only. NE on all 64
    # bits: a pid with garbage in its upper half, which the kernel would read as 0,
    # is refused as well.
    for name in OWN_PID_ONLY:
        f.add_rule(eperm, name, seccomp.Arg(0, seccomp.NE, 0))
    for name, which in (("setpriority", PRIO_PROCESS), ("ioprio_set", IOPRIO_WHO_PROCESS)):
        f.add_rule(eperm, name, seccomp.Arg(0, seccomp.NE, which))
        f.add_rule(eperm, name, seccomp.Arg(1, seccomp.NE, 0))
    # Signals the kernel sends for a descriptor (above); the commands are unsigned
    # ints: their low half only.
    for cmd in (F_SETOWN, F_SETSIG, F_SETOWN_EX):
        f.add_rule(eperm, "fcntl", arg(1, LOW32, cmd))
    for cmd in (FIOSETOWN, SIOCSPGRP):
        f.add_rule(eperm, "ioctl", arg(1, LOW32, cmd))
    return f


def load(f):
    """Loads f on the calling process (and its threads): from here on for good."""
    f.load()
