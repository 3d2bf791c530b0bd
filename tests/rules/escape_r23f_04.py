# expect: reject store
# why: a callable handed to a library call (addFilter, add_done_callback) is called with what the library holds: a LogRecord's args/msg, a Task's result
# line: 20
# goal: mutate keyword.kwlist (module's shared list); prints True.
# mechanism: (3) an asyncio callback called back with a library object holding a program
#   value: Task.add_done_callback(cb) -- asyncio calls cb(task) and task.result() is what
#   the coroutine returned (keyword.kwlist). A second channel besides ok_01's logging one.
# rule slipped: store (stores.c): a coroutine's return read through `await t`,
#   asyncio.gather, asyncio.wait's done set, a concurrent Future's add_done_callback
#   and as_completed are all followed (refused in the same batch), but the parameter of
#   a lambda handed to an asyncio Task's add_done_callback is no source, so
#   tt.result() holds nothing "from a module".
# verify: safe-exec-check rc=0; python3 prints True.
import keyword
import asyncio
async def g():
    return keyword.kwlist
async def m():
    t = asyncio.create_task(g())
    t.add_done_callback(lambda tt: tt.result().append('zz'))
    await t
    await asyncio.sleep(0)
asyncio.run(m())
print('zz' in keyword.kwlist)
