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
    """fn(*args, **kwargs) under the alarm; (True, result) or (False, None). The
    alarm fires once, and may fire after fn returned, before it is disarmed (a
    loaded machine: a CI run's gc.collect): the outer handler takes that one."""
    result = (False, None)
    signal.setitimer(signal.ITIMER_REAL, ALARM)
    try:
        try:
            result = (True, fn(*args, **kwargs))
        except BaseException:  # Timeout, SystemExit from a parser, anything
            result = (False, None)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except Timeout:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return result


class Isolated:
    """The audit's process made safe for running library calls: warnings off,
    the alarm armed, SIGCHLD blocked (an asyncio child watcher's handler would
    record into whatever operation runs when a child some call started ends),
    the standard streams on /dev/null and a scratch directory as the working
    one. `out` is the stdout the audit was started with, `err` (with keep_err)
    its stderr; finish() writes nothing more, ends the processes some calls
    forked (the audit leads a process group of its own) and leaves without
    waiting for the threads and loops some calls started."""

    def __init__(self, keep_err=False):
        try:  # a group of its own: finish() ends the processes some calls fork
            os.setpgid(0, 0)
        except OSError:
            pass
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
        if os.getpgid(0) == os.getpid():  # only a group the audit leads
            # a process pool's workers some call started wait on their queue
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
            os.killpg(0, signal.SIGTERM)
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


def runs_python(value):
    """Does reading an attribute bound to value (found on a class) run Python code:
    a property, cached_property or DynamicClassAttribute over a Python function,
    or an object whose type defines __get__ in Python? Such a read may act on
    what the object holds (csv.DictReader's fieldnames advances its reader)."""
    for attr in ("fget", "func"):
        f = getattr(value, attr, None)
        if f is not None and (inspect.isfunction(f) or inspect.ismethod(f)):
            return True
    get = getattr(type(value), "__get__", None)
    return inspect.isfunction(get)


def computed_attributes(cls):
    """The names of cls whose read runs Python code (runs_python), sorted."""
    found = []
    for name in sorted(dir(cls)):
        try:
            if runs_python(inspect.getattr_static(cls, name)):
                found.append(name)
        except AttributeError:
            pass
    return found
