"""What the audits that run library code share (scripts/audit-library-self-calls.py,
scripts/audit-library-held-calls.py): each call under a short alarm, in a process
whose standard streams and working directory no call can harm, and the list of
operations run on an instance."""
import inspect
import os
import shutil
import signal
import sys
import tempfile
import warnings

ALARM = 0.25  # seconds a single call may take (blocking ones end by it)


class Timeout(BaseException):
    pass


def on_alarm(signum, frame):
    raise Timeout()


def alarmed(fn, *args, **kwargs):
    """fn(*args, **kwargs) under the alarm; (True, result) or (False, None)."""
    signal.setitimer(signal.ITIMER_REAL, ALARM)
    try:
        return True, fn(*args, **kwargs)
    except BaseException:  # Timeout, SystemExit from a parser, anything
        return False, None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


class Isolated:
    """The audit's process made safe for running library calls: warnings off,
    the alarm armed, SIGCHLD blocked (an asyncio child watcher's handler would
    record into whatever operation runs when a child some call started ends),
    the standard streams on /dev/null and a scratch directory as the working
    one. `out` is the stdout the audit was started with, `err` (with keep_err)
    its stderr: a process some call forks holds it open as long as it runs;
    finish() writes nothing more and leaves without waiting for the threads,
    loops and processes some calls started."""

    def __init__(self, keep_err=False):
        warnings.simplefilter("ignore")
        signal.signal(signal.SIGALRM, on_alarm)
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGCHLD})
        self.out = os.fdopen(os.dup(sys.stdout.fileno()), "w")
        self.err = os.fdopen(os.dup(sys.stderr.fileno()), "w") if keep_err else None
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        self.scratch = tempfile.mkdtemp()
        os.chdir(self.scratch)  # no call may leave a file where it matters

    def finish(self):
        self.out.flush()
        os.chdir("/")
        shutil.rmtree(self.scratch, ignore_errors=True)
        os._exit(0)


def operations(cls, skip):
    """The methods of cls an audit runs on an instance: every callable attribute
    (dunders included: the operators) but those named in skip."""
    for name in dir(cls):
        if name in skip:
            continue
        try:
            static = inspect.getattr_static(cls, name)
        except AttributeError:
            continue
        if isinstance(static, (property, type)) or not callable(getattr(cls, name, None)):
            continue
        yield name
