# family: wall (memory: asyncio's C _leave_task, run again from the task's repr, frees the current task the outer call holds)   goal: crash   interpreter: /usr/bin/python3
# X151 without touching the dict: the given task's __repr__ asks for the loop's
# current task (a reference of its own, dropped on return) and leaves it through
# _leave_task itself, which removes the dict's reference; once the repr returns,
# the current task the outer call holds borrowed is freed and formatted: SIGSEGV.
# The wall: _leave_task keeps the task it finds for the rest of the run
# (task_leave).
import asyncio
tasks = asyncio.tasks
class Loop:
    pass
loop = Loop()
class Cur:
    def __repr__(self):
        return "cur"
keep = []
class T:
    def __repr__(self):
        tasks._leave_task(loop, asyncio.current_task(loop))
        keep.extend(bytearray(b"Z" * 40) for _ in range(200))
        return "t"
for _ in range(3):
    tasks._enter_task(loop, Cur())
    try:
        tasks._leave_task(loop, T())
    except RuntimeError as e:
        print("RuntimeError:", str(e)[:80])
print("no crash")
