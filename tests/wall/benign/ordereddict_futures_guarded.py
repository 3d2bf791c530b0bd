"""Honest uses of what the wall's OrderedDict and asyncio Future guards replace
(odict_lookup, odict_store, odict_move, odict_free, odict_delete, odict_step,
future_remove, future_callbacks, future_init in image/wall.py): the same output
with the wall as under plain python3.

The guards' cost (image/README.md) was measured under build/sb-run, one image with
the guards and one without, best of three time.process_time() runs of each of:
    od = OrderedDict((i, i) for i in range(1000))
    for i in range(100000): od.move_to_end(i % 1000)          # and od[i % 1000] = i
    d = OrderedDict.fromkeys(range(100000)); for i in range(100000): d.pop(i)
    an LRU: 100000 steps of `in`, move_to_end, a store and popitem(last=False)
    for k, v in OrderedDict.fromkeys(range(100000)).items(): pass
    10000 loop.create_future() with add_done_callback and remove_done_callback
"""
import asyncio
import copy
from collections import OrderedDict

# An LRU cache, the common use of move_to_end and popitem.
class LRU(OrderedDict):
    def __init__(self, size=3):
        super().__init__()
        self.size = size

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.size:
            self.popitem(last=False)


cache = LRU(3)
for k in "abcadeafa":
    cache[k] = ord(k)
    if "a" in cache:
        cache["a"]
print(list(cache), cache.copy(), type(cache.copy()).__name__)

od = OrderedDict.fromkeys("abcdef", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
od.move_to_end(key="c", last=False)
print(list(od), od.pop("a"), od.pop("zz", "default"), od.popitem(), od.popitem(last=False))
del od["d"]
print(od, repr(od), od.setdefault("q", 9), od.setdefault("c", 5))
for name, act in (("pop", lambda: od.pop("missing")), ("del", lambda: od.__delitem__("x")),
                  ("move", lambda: od.move_to_end("x")), ("popitem", OrderedDict().popitem)):
    try:
        act()
    except KeyError as e:
        print(name, "KeyError", e)
print(list(reversed(od)), list(od.items()), list(od.values()), list(reversed(od.items())))
try:
    for k in od:
        od["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k in od:
        del od[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(od == OrderedDict(od), od != OrderedDict(reversed(od.items())), od == dict(od))
print(copy.deepcopy(od) == od, copy.copy(od) == od, od | {"z": 1})
od.update(x=1, y=2)
od |= {"w": 3}
print(od, OrderedDict.fromkeys("xy"), len(od))
od.clear()
print(od, bool(od))
nested = OrderedDict(a=OrderedDict(b=1))
nested["self"] = nested
print(nested)


# asyncio Futures and Tasks: callbacks added, removed, run.
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    seen = []
    cb = lambda f: seen.append(("cb", f.result()))
    cb2 = lambda f: seen.append(("cb2", f.result()))
    fut.add_done_callback(cb)
    fut.add_done_callback(cb2)
    fut.add_done_callback(cb)
    print("removed", fut.remove_done_callback(cb), "left", len(fut._callbacks))
    fut.set_result(5)
    await asyncio.sleep(0)
    print(seen, fut.remove_done_callback(cb2), fut.done())

    class Named(asyncio.Future):
        def __init__(self, name, *, loop=None):
            super().__init__(loop=loop)
            self.name = name

    named = Named("n", loop=loop)
    loop.call_soon(named.set_result, "ok")
    print(named.name, await named)

    async def work(x):
        await asyncio.sleep(0)
        return x * 2

    task = asyncio.ensure_future(work(4))
    task.add_done_callback(lambda t: seen.append(("task", t.result())))
    task.remove_done_callback(print)
    print(await asyncio.gather(task, work(5)), seen[-1])
    other = loop.create_future()
    other.cancel()
    print(other.cancelled(), other.remove_done_callback(cb))


asyncio.run(main())
