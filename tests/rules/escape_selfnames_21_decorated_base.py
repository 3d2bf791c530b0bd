# expect: reject builtin
# line: 40
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a base class statement whose decorator returns asyncio.Event: the class
#   deriving from the name is an Event subclass, though every class statement the
#   census sees is the program's. getattr(self, name) reaches _get_loop, the event
#   loop, and its _make_subprocess_transport runs a process.
# Goal reached: run a process (id).
import asyncio


def swap(c):
    return asyncio.Event


@swap
class Base:
    pass


class P:
    def connection_made(self, t):
        pass

    def pipe_data_received(self, fd, data):
        print("child:", data)

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass

    def connection_lost(self, exc):
        pass


class Ev(Base):
    def fetch(self, names):
        loop = getattr(self, names[0])()
        return loop, names[1]


async def main():
    loop, name = Ev().fetch(["_get_loop", "_make_subprocess_transport"])
    await getattr(loop, name)(P(), "id", True, None, None, None, 0)
    await asyncio.sleep(0.5)


asyncio.run(main())
