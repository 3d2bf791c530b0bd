# expect: reject attribute
# why: the loop's exception handler formats a program-made source_traceback with traceback.format_list, whose FrameSummary.line reads any path through linecache: call_exception_handler is refused by name on any receiver
# line: 10
# goal: read /etc/passwd without open, given a loop reached by any door
# mechanism: default_exception_handler -> traceback.format_list -> linecache.getline
import asyncio


async def main(lp):
    lp.call_exception_handler({"message": "m", "source_traceback": [("/etc/passwd", 1, "x", None)]})


def run(lp):
    asyncio.run(main(lp))
