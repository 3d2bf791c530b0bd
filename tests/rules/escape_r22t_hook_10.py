# expect: reject attribute
# why: a descriptor bound as _loop in an asyncio.Queue subclass receives the running loop through __set__; closed by the private-name rule of class bodies (a library subclass binds no private name) and by the refused name _loop
# line: 20
# goal: read /etc/passwd without open (the running loop's exception handler)
# mechanism: _get_loop's self._loop = loop calls the class attribute's __set__
import asyncio

box = []


class Keep:
    def __set__(self, obj, value):
        box.append(value)

    def __get__(self, obj, owner=None):
        return box[0] if box else None


class Q(asyncio.Queue):
    _loop = Keep()


async def main():
    try:
        await asyncio.wait_for(Q().get(), 0.01)
    except asyncio.TimeoutError:
        pass
    box[0].call_exception_handler({"message": "m", "source_traceback": [("/etc/passwd", 1, "x", None)]})


asyncio.run(main())
