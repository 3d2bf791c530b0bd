# family: wall (memory: asyncio's C Task step formats its task, then the current task a callback's name freed)   goal: crash   interpreter: /usr/bin/python3
# X152 through 3.11's own Task step, not a call of _leave_task: the coroutine
# leaves its task and enters another object as the loop's current task (the
# dict holds its only reference), and ends its step pending. The step's own
# leave_task finds that object, not the task, and formats the task (%R): the
# task's repr reads its done callback's __qualname__, the program's __getattr__,
# which leaves the object through _leave_task; the step then formats the freed
# object: SIGSEGV. The wall: _leave_task keeps the task it finds (task_leave),
# and the dict is a read-only view for the program.
import asyncio
tasks = asyncio.tasks
keep = []
class Other:
    def __repr__(self):
        return "other"
class Name:
    # a callback's __qualname__, read while the step formats its own task's repr
    def __getattr__(self, name):
        if name != "__qualname__":
            raise AttributeError(name)
        loop = asyncio.get_running_loop()
        cur = asyncio.current_task(loop)
        if isinstance(cur, Other):
            tasks._leave_task(loop, cur)      # the dict's reference goes; ours with cur
        keep.extend(bytearray(b"Z" * 40) for _ in range(200))
        return "cb"
    def __call__(self, fut):
        pass
async def body():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    me.add_done_callback(Name())
    tasks._leave_task(loop, me)
    tasks._enter_task(loop, Other())           # the dict holds the only reference
    await asyncio.sleep(0)                     # the step ends with the task pending
    return 1
async def main():
    t = asyncio.ensure_future(body())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", str(e)[:100])
    return "done"
for i in range(3):
    try:
        print(asyncio.run(main()))
    except RuntimeError as e:
        print("run:", str(e)[:100])
print("no crash")
