# expect: accept
# why: accepted again since session 35 (every sort of the program is the library's, plain_sort: its key= lambda takes the items alone); refused in sessions 32 to 34, the cost of following every alias both ways; before: self.handlers.get(event, []) hands back an item of the dict or the default, never the dict itself: its stores land one level down, so callbacks held in its pairs do not make the dict a module's object
# A small event bus with handlers, priorities, and logging to stdout.
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

    def emit(self, event, **payload):
        handlers = self.handlers.get(event, [])
        if not handlers:
            pass
            return []
        results = []
        for _, func in handlers:
            results.append(func(**payload))
        pass
        return results


bus = EventBus()


