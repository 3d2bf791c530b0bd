# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a dotted operator.attrgetter("lock._get_loop") reads a private name of an
#   asyncio.Lock held in a public attribute; attrgetter("_make_subprocess_transport")
#   on the loop.
# Goal reached: ran a process (id).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   uid=0(root) gid=0(root) groups=0(root)
import asyncio
import operator


class Proto:
    def connection_made(self, transport):
        pass

    def pipe_data_received(self, fd, data):
        print("child:", data.decode().strip())

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass

    def connection_lost(self, exc):
        pass


class Holder:
    def __init__(self):
        self.lock = asyncio.Lock()


async def main():
    # a dotted attrgetter: the private part is the second one
    loop = operator.attrgetter("lock._get_loop")(Holder())()
    spawn = operator.attrgetter("_make_subprocess_transport")(loop)
    await spawn(Proto(), "id", True, None, None, None, 0)
    await asyncio.sleep(0.5)


asyncio.run(main())
