# expect: accept
# why: a module-level name bound once to an instance of the program's class is that
#   instance wherever the module's variable is read: a lambda's parameter and a
#   comprehension's target of the same name are other variables (scopes.c), so
#   `t.on("spike", cb)` with an optional argument given by position is a bound call
class Emitter:
    def __init__(self):
        self._listeners = {}

    def on(self, event, callback=None, *, priority=0):
        self._listeners.setdefault(event, []).append((priority, callback))
        self._listeners[event].sort(key=lambda t: -t[0])
        return callback

    def emit(self, event, value):
        return [cb(value) for t in self._listeners.get(event, []) for cb in t[1:]]


t = Emitter()
t.on("spike", lambda v: v * 2)
t.on("spike", abs, priority=3)
print(t.emit("spike", -4))
