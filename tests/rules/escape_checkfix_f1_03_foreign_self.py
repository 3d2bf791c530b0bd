# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Family 1: a program class's method given a foreign object as self reads that
# object's private helper (the event loop).
import asyncio

class Mine:
    def loop(self):
        return self._get_loop()

async def main():
    lp = Mine.loop(asyncio.Event())
    print(type(lp).__name__)

asyncio.run(main())
