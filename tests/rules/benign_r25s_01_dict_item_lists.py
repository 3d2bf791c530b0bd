# expect: accept
# why: an item store into an attribute every store of which is a new dict stores
#   its value whole, whatever the key (a slice is no dict key in 3.11); sort(key=f)
#   keeps no argument in the list (honest23 p29)
from collections import defaultdict


class Emitter:
    def __init__(self):
        self._listeners = defaultdict(list)

    def on(self, event, callback, priority=0):
        self._listeners[event].append((priority, callback))
        self._listeners[event].sort(key=lambda t: -t[0])
        return callback

    def off(self, event, callback):
        self._listeners[event] = [t for t in self._listeners[event] if t[1] is not callback]

    def emit(self, event, *args):
        return [cb(*args) for _, cb in list(self._listeners[event])]


e = Emitter()
handlers = [e.on("x", lambda v: v + 1), e.on("x", lambda v: v * 2, priority=5)]
print(e.emit("x", 10))
e.off("x", handlers[0])
print(e.emit("x", 10))
