# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Family 1 (private names of standard-library objects): a subclass of a standard
# library class reads the inherited private helper through self.
import asyncio

class Ev(asyncio.Event):
    def loop(self):
        return self._get_loop()

async def main():
    lp = Ev().loop()
    print(type(lp).__name__)
    print(await lp.run_in_executor(None, len, "abc"))

asyncio.run(main())
