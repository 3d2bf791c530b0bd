# expect: accept
# why: decorated functions (functools.lru_cache, singledispatch with registered
#   implementations, a registry decorator of the program's own) and defs handed to
#   library code, all returning the program's own values; attribute stores on the
#   objects they return and on what library calls build stay allowed.
import functools
import threading

HANDLERS = []


def handler(fn):
    HANDLERS.append(fn)
    return fn


class Node:
    def __init__(self, name):
        self.name = name
        self.seen = False


@functools.lru_cache(maxsize=None)
def node(name):
    return Node(name)


@functools.singledispatch
def describe(x):
    return Node("thing")


@describe.register
def _(x: int):
    return Node("number")


@handler
def shout(text):
    return text.upper()


n = node("a")
n.seen = True
d = describe(3)
d.seen = True
print(n.name, n.seen, d.name, describe("s").name, [h("hi") for h in HANDLERS])
print(list(map(shout, ["a", "b"])))
event = threading.Event()
worker = threading.Thread(target=event.set)
worker.name = "setter"
worker.start()
worker.join()
print(worker.name, event.is_set())
