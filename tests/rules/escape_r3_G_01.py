# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir (third static red team, ok_10_keyword_pattern_private_loop_subprocess)
# Mechanism: private-read rule applied only to obj._x syntax: class-pattern keyword 
#   sub-patterns case object(_get_loop=...) read private names of stdlib objects 
#   (asyncio.Event's _get_loop -> the event loop; the loop's _make_subprocess_transport)
# Goal reached: ran a process (id) through the event loop
# Checker: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | <_UnixSelectorEventLoop running=True closed=False debug=False>
#   | uid=0(root) gid=0(root) groups=0(root)
# Private names are judged only when written as `obj._x`. A class pattern's keyword
# sub-pattern `case object(_get_loop=get)` is getattr(subject, "_get_loop") and is
# judged only by the dunder/attribute lists (where _loop and get_loop are, not
# _get_loop or _make_subprocess_transport). The event loop's private
# _make_subprocess_transport runs a shell command.
import asyncio


class Proto:
    def connection_made(self, transport):
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
    match asyncio.Event():
        case object(_get_loop=get_loop):
            loop = get_loop()
    print(loop)
    match loop:
        case object(_make_subprocess_transport=spawn):
            await spawn(Proto(), "id", True, None, None, None, 0)
    await asyncio.sleep(0.5)


asyncio.run(main())
