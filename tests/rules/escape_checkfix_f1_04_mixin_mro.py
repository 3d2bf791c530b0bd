# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Family 1: a program class mixed with a standard-library class: self in the program
# class's method is the standard-library object, its private helper is inherited.
import asyncio

class Helper:
    def loop(self):
        return self._get_loop()

class Both(Helper, asyncio.Event):
    pass

async def main():
    print(type(Both().loop()).__name__)

asyncio.run(main())
