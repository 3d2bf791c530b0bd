# expect: reject attribute
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the running event loop object printed)
# why: round 14, private names through a class's name: the name C is a closed class at the top, but a parameter of the same name binds it to any object inside f, where C._get_loop is a library event's private method

import asyncio
class C:
    _n = 0
def f(C):
    return C._get_loop()
async def main():
    print(f(asyncio.Event()))
asyncio.run(main())
