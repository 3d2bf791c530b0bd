# expect: reject builtin
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a subclass of a standard-library class is no closed class: getattr by a
#   computed name on its self reaches the base's private _get_loop (the event
#   loop), whose private _make_subprocess_transport runs a process.
# Goal reached: run a process (id).
import asyncio


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


class Ev(asyncio.Event):
    def fetch(self, name):
        return getattr(self, name)

    async def go(self, names):
        loop = self.fetch(names[0])()
        sub = Ev.fetch(loop, names[1])
        await sub(P(), "id", True, None, None, None, 0)
        await asyncio.sleep(0.5)


asyncio.run(Ev().go(["_get_loop", "_make_subprocess_transport"]))
