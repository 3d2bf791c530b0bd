# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Family 1: another private helper of a standard-library object, read by name on
# a plain value (an asyncio.Queue hands out the loop the same way).
import asyncio

async def main():
    q = asyncio.Queue()
    lp = q._get_loop()
    print(type(lp).__name__, lp.is_running())

asyncio.run(main())
