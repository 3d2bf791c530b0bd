# expect: reject store
# line: 27
# why: refused since session 32, the cost of following every alias both ways (a store through one name of an object reaches what any other name of it was linked to, and the links through library calls, escaping functions and the hooks join many objects); before: ExitStack's __enter__ returns the stack itself, never what the
#   program's own __enter__ returns: a program's manager answering its own
#   dict can be written through its with-target in a program that also keeps
#   callbacks on an ExitStack
from contextlib import ExitStack, contextmanager


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
        return False


@contextmanager
def resource(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    finally:
        log.append(f"close {name}")


store = {"a": 1}
with Transaction(store) as s:
    s["b"] = 2

log = []
with ExitStack() as stack:
    handles = [stack.enter_context(resource(n, log)) for n in ("db", "cache")]
    stack.callback(log.append, "callback ran")
print(store, handles, log)
