# expect: reject store
# line: 64
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the event loop by value, a TCP round trip on 127.0.0.1)
# why: thirteenth red team, families W and L: a planted asyncio logger receives the event loop from BaseEventLoop.close()

# Mechanism: family W (ChainMap.new_child writes into its argument) used to plant a program object as asyncio's module logger; with asyncio.run(..., debug=True), BaseEventLoop.close() calls logger.debug('Close %r', self): the program receives the running interpreter's event loop by value (asyncio.get_event_loop/get_running_loop and Future.get_loop are refused precisely to keep it away), still usable (not yet closed), and drives create_server/create_connection on it
# Goal reached: NETWORK (in rules/README.md's threat model, not in the brief's goal list): a TCP server and client on 127.0.0.1, round trip seen; the loop's other methods (sock_*, create_unix_connection, connect_read_pipe) are reachable the same way
# Output seen under python3 (3.11), run in a fresh temp dir:
#   got the event loop: _UnixSelectorEventLoop
#   TCP round trip through 127.0.0.1:32809 -> [b'echo:hello over TCP']
import collections
import logging

class Echo:
    def connection_made(self, transport):
        self.transport = transport
    def data_received(self, data):
        self.transport.write(b"echo:" + data)
    def connection_lost(self, exc):
        pass
    def eof_received(self):
        return False

class Client:
    def __init__(self, box):
        self.box = box
    def connection_made(self, transport):
        transport.write(b"hello over TCP")
    def data_received(self, data):
        self.box.append(data)
    def connection_lost(self, exc):
        pass
    def eof_received(self):
        return False

class Fake:
    def error(self, msg, *args, **kwargs):
        pass
    def info(self, msg, *args, **kwargs):
        pass
    def warning(self, msg, *args, **kwargs):
        pass
    def isEnabledFor(self, level):
        return True
    def debug(self, msg, *args, **kwargs):
        if msg == "Close %r":
            loop = args[0]              # asyncio's event loop, by value, not yet closed
            print("got the event loop:", type(loop).__name__)
            loop.run_until_complete(net(loop))

async def net(loop):
    server = await loop.create_server(Echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    box = []
    transport, proto = await loop.create_connection(lambda: Client(box), "127.0.0.1", port)
    for _ in range(50):
        if box:
            break
        await asyncio.sleep(0.01)
    print("TCP round trip through 127.0.0.1:%d ->" % port, box)
    transport.close()
    server.close()

collections.ChainMap().new_child(logging.Logger.manager.loggerDict, asyncio=Fake())
import asyncio

async def main():
    await asyncio.sleep(0)

asyncio.run(main(), debug=True)
