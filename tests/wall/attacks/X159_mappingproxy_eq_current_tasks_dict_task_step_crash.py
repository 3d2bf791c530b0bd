# family: wall (memory: the wall's read-only view of asyncio's current-task dict hands the dict to a reflected __eq__, then X155)   goal: crash   interpreter: /usr/bin/python3
# The seventeenth round's ok_06: the wall made _current_tasks a MappingProxyType
# and kept what _leave_task finds, but `view == Grab()` hands Grab.__eq__ the dict
# behind the view (bpo-43838); X155's callback-__qualname__ hook then removes the
# current task with dict.pop, past the wall's _leave_task, and 3.11's C Task step
# formats the freed object: SIGSEGV. Under plain python3 the name is the dict
# itself, and the same happens. The wall: the view's comparisons work on a copy.
import asyncio
tasks = asyncio.tasks
got = []
class Grab:
    def __eq__(self, other):
        got.append(other)
        return True
    __hash__ = None
tasks._current_tasks == Grab()
real = got[0]
real["wall17.probe"] = 1
live = "wall17.probe" in tasks._current_tasks
del real["wall17.probe"]
if not live:
    raise SystemExit("only a copy of the current-task dict")
keep = []
class Other:
    def __repr__(self):
        return "other"
class Name:
    def __getattr__(self, name):
        if name != "__qualname__":
            raise AttributeError(name)
        loop = asyncio.get_running_loop()
        cur = asyncio.current_task(loop)
        if isinstance(cur, Other):
            real.pop(loop)
        keep.extend(bytearray(b"Z" * 40) for _ in range(200))
        return "cb"
    def __call__(self, fut):
        pass
async def body():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    me.add_done_callback(Name())
    tasks._leave_task(loop, me)
    tasks._enter_task(loop, Other())
    await asyncio.sleep(0)
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
