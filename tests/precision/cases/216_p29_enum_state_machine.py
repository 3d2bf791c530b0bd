from enum import Enum, IntEnum, Flag, auto

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()

TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "finish"): State.DONE,
}

def run(events):
    s = State.IDLE
    for e in events:
        nxt = TRANSITIONS.get((s, e))
        if nxt is None:
            print(f"  ignored {e!r} in {s.name}")
            continue
        print(f"  {s.name} --{e}--> {nxt.name}")
        s = nxt
    return s

print(run(["start", "pause", "finish", "resume", "finish"]))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), Priority.HIGH > 2)
rw = Perm.READ | Perm.WRITE
print(rw, Perm.WRITE in rw, Perm.EXEC in rw)
print([s.value for s in State], State["PAUSED"], State(4))
