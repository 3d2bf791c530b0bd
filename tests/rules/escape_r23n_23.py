# expect: reject store
# why: the red team's round 23n ok_23: fut.add_done_callback(print, context=P()) makes asyncio schedule the callback as
# line: 27
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_23.py (environ in the TypeError)
# mechanism: fut.add_done_callback(print, context=P()) makes asyncio schedule the callback as
#   loop.call_soon(print, fut, context=P()); the Handle runs it as self._context.run(callback,
#   *args), i.e. P().run(print, fut): asyncio calls the program's object's run() with the Future,
#   whose result() is what the program handed set_result (sys.argv). P.run appends 'logging.os.environ'
#   to fut.result(); unittest.main() resolves __main__.logging.os.environ from sys.argv[1:].
# rule slipped: store (rules/README.md sec.4 point (3), library-duck names). sys.argv does join
#   HANDED (fut.set_result(sys.argv) is a method call that may call methods), and P escapes (P()
#   is a keyword argument), but HANDED reaches only methods NAMED like a library-duck call, and
#   'run' is not in rules/library-duck-calls.txt: asyncio calls it on a Handle's _context
#   ATTRIBUTE, an object kept since construction, not on a parameter of the calling function,
#   which is all scripts/audit-library-duck-calls.py records (and the contextvars.Context that
#   normally sits there is C). So P.run's a holds nothing from a module, a[0].result() is a
#   method's return on the program's own value, and .append(...) is judged a store into it. The
#   same context= keyword is taken by loop.call_soon/call_later/call_at, Task and create_task.
import asyncio
import logging
import sys
import unittest


class P:
    def run(self, fn, *a):
        a[0].result().append('logging.os.environ')


async def main():
    fut = asyncio.Future()
    fut.add_done_callback(print, context=P())
    fut.set_result(sys.argv)
    await asyncio.sleep(0)


asyncio.run(main())
unittest.main(exit=False)
