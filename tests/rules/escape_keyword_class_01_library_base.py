# expect: reject builtin
# why: class keywords are let be only in a class whose every base is the program's (or builtin data): with a library base among them, self's run-time names reach the library's private state (asyncio.Event's _get_loop, the running loop, which runs a shell)
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir
import asyncio


class Plugin:
    def __init_subclass__(cls, tag="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag


class Ev(Plugin, asyncio.Event, tag="ev"):
    def option(self, key):
        return getattr(self, key)


async def main():
    lp = Ev().option("_get_" + "loop")()
    proc = await lp.subprocess_shell(asyncio.SubprocessProtocol, "id", stdout=None, stderr=None)
    print(type(proc).__name__)


asyncio.run(main())
