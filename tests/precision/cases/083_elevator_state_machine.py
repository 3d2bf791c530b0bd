# An elevator controller as a state machine, with match on events.
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    MOVING_UP = auto()
    MOVING_DOWN = auto()
    DOORS_OPEN = auto()


class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.state = State.IDLE
        self.requests = []

    def handle(self, event):
        match event:
            case ("call", int(floor)) if 0 <= floor < self.floors:
                if floor not in self.requests:
                    self.requests.append(floor)
            case ("call", floor):
                print(f"  ignored call to floor {floor}")
            case ("tick",):
                self.tick()
            case ("emergency", reason):
                print(f"  EMERGENCY: {reason}; clearing {len(self.requests)} requests")
                self.requests.clear()
                self.state = State.IDLE
            case _:
                print(f"  unknown event {event!r}")

    def tick(self):
        if self.state is State.DOORS_OPEN:
            self.state = State.IDLE
        if not self.requests:
            return
        target = self.requests[0]
        if target == self.floor:
            self.requests.pop(0)
            self.state = State.DOORS_OPEN
        elif target > self.floor:
            self.floor += 1
            self.state = State.MOVING_UP
        else:
            self.floor -= 1
            self.state = State.MOVING_DOWN


lift = Elevator(6)
events = [("call", 3), ("tick",), ("tick",), ("call", 1), ("call", 9), ("tick",), ("tick",),
          ("tick",), ("tick",), ("tick",), ("open sesame",), ("call", 5), ("tick",),
          ("emergency", "fire alarm"), ("tick",)]
for ev in events:
    lift.handle(ev)
    print(f"{str(ev):<28} floor={lift.floor} state={lift.state.name} queue={lift.requests}")
