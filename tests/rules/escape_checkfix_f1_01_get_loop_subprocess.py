# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: private attribute of a standard-library object (asyncio mixins'
#   _LoopBoundMixin._get_loop, present on Event/Lock/Queue/Semaphore/Condition).
#   The rules refuse `get_loop` and `_loop` by name, but not `_get_loop`; the
#   returned event loop's private `_make_subprocess_transport` (not the refused
#   subprocess_exec/subprocess_shell names) runs a shell command.
# Goal reached: run a process (`id`).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   _UnixSelectorEventLoop
#   uid=0(root) gid=0(root) groups=0(root)
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

async def main():
    ev = asyncio.Event()
    loop = ev._get_loop()
    print(type(loop).__name__)
    w = loop.create_future()
    tr = await loop._make_subprocess_transport(P(), "id", True, None, None, None, 0)
    await asyncio.sleep(0.5)

asyncio.run(main())
