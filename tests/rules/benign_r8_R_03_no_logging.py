# expect: accept
# why: a state machine whose handle(event) takes the program's own objects, in a
#   program that does not import logging (no log record can be reached there).


class Event:
    def __init__(self, kind, floor):
        self.kind = kind
        self.floor = floor


class Lift:
    def __init__(self):
        self.floor = 0
        self.log = []

    def handle(self, event):
        if event.kind == "call":
            self.floor = event.floor
        self.log.append((event.kind, self.floor))

    def emit(self, sink):
        for entry in self.log:
            sink.handle(entry)


class Sink:
    def handle(self, entry):
        print(entry)


lift = Lift()
for ev in [Event("call", 3), Event("open", 3), Event("call", 1)]:
    lift.handle(ev)
lift.emit(Sink())
