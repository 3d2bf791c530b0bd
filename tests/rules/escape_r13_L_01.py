# expect: reject module_attribute
# line: 70
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the event loop by value in a handler, a TCP round trip on 127.0.0.1)
# why: thirteenth red team, family L (ours): no logger planted; asyncio's debug mode logs the loop as a record's args (BaseEventLoop.close: logger.debug('Close %r', self)) and the program's root handler receives it

import asyncio
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


async def net(loop):
    server = await loop.create_server(Echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    box = []
    transport, proto = await loop.create_connection(lambda: Client(box), "127.0.0.1", port)
    for _ in range(50):
        if box:
            break
        await asyncio.sleep(0.01)
    print("TCP round trip ->", box)
    transport.close()
    server.close()


class Catch(logging.Handler):
    def emit(self, record):
        if record.msg == "Close %r":
            loop = record.args[0]  # asyncio's event loop, not yet closed
            print("handler got:", type(loop).__name__)
            loop.run_until_complete(net(loop))


logging.basicConfig(level=logging.DEBUG, handlers=[Catch()])


async def main():
    await asyncio.sleep(0)


asyncio.run(main(), debug=True)
