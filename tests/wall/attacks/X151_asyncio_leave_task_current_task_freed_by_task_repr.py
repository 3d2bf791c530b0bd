# family: wall (memory: asyncio's C _leave_task formats the current task it holds borrowed after the program's repr)   goal: crash   interpreter: /usr/bin/python3
# The sixteenth round's ok_09: 3.11's _leave_task reads the loop's current task
# borrowed from the module's dict and, when it is not the task given, formats
# both with %R: the given task's __repr__ (the program's) pops the entry from
# asyncio.tasks._current_tasks (the dict itself), which frees the current task
# before it is formatted in turn: SIGSEGV. The wall: the dict's names are a
# read-only view of it, and _leave_task keeps the task it finds (task_leave).
import asyncio
tasks = asyncio.tasks
class Loop:
    pass
loop = Loop()
class Cur:
    def __repr__(self):
        return "cur"
tasks._enter_task(loop, Cur())
keep = []
class T:
    def __repr__(self):
        try:
            tasks._current_tasks.pop(loop)
        except AttributeError as e:
            print("pop:", e)
        keep.extend(bytearray(b"Z" * 40) for _ in range(200))
        return "t"
for _ in range(3):
    try:
        tasks._leave_task(loop, T())
    except RuntimeError as e:
        print("RuntimeError:", str(e)[:80])
    try:
        tasks._enter_task(loop, Cur())
    except RuntimeError as e:
        print("enter:", str(e)[:80])
print("no crash")
