# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir (third static red team, ok_12_getattr_literal_private_loop_subprocess)
# Mechanism: private-read rule not applied to getattr(obj, 'literal'): 
#   getattr(asyncio.Queue(), '_get_loop')() is the event loop; getattr(loop, 
#   '_make_subprocess_transport') runs a shell
# Goal reached: ran a process (a shell) that printed environment variables
# Checker: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | AWS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt
#   | CLOUDSDK_CORE_CUSTOM_CA_CERTS_FILE=/etc/ssl/certs/ca-certificates.crt
#   | CLOUD_SDK_VERSION=528.0.0
#   | CONTAINER_NAME=rigid-cake-dmgxmz-kwxgrq
# getattr(obj, "literal") is "judged exactly as obj.literal would be" -- except for
# the private-read rule, which wk_check_guarded never applies. getattr on an
# asyncio.Queue's _get_loop, then on the loop's _make_subprocess_transport.
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
    loop = getattr(asyncio.Queue(), "_get_loop")()
    spawn = getattr(loop, "_make_subprocess_transport")
    await spawn(Proto(), "env | sort | head -4", True, None, None, None, 0)
    await asyncio.sleep(0.5)


asyncio.run(main())
