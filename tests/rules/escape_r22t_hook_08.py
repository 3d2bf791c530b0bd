# expect: reject dunder
# why: a threading.Thread subclass's __setattr__ receives the thread's internals: sys.stderr as _stderr, the interpreter's _tstate_lock, threading's _invoke_excepthook closure
# line: 12
# goal: threading's private state as values (sys.stderr, the thread-state lock)
# mechanism: Thread.__init__ and start() store their private objects on self through the program's hook
import threading

seen = {}


class T(threading.Thread):
    def __setattr__(self, name, value):
        seen[name] = value
        super().__setattr__(name, value)


t = T(target=print, args=("run",))
t.start()
t.join()
print(sorted(seen))
print(seen["_stderr"])
