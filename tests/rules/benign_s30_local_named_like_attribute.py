# expect: accept
# why: a method's local named like an attribute (handlers = self.handlers[event]) binds no attribute: the attribute's key leaves the function's own variables out
from collections import defaultdict
class EventBus:
    def __init__(self):
        self.handlers = defaultdict(list)

    def on(self, event, priority=0):
        def register(func):
            self.handlers[event].append((priority, func))
            self.handlers[event].sort(key=lambda h: -h[0])
            return func
        return register

    def emit(self, event):
        handlers = self.handlers[event]
        results = []
        for _, func in handlers:
            results.append(func())
        return results
