# expect: reject store
# why: asyncio.run(c) hands back exactly what c returns: asyncio.run(f()).append(M) puts M into the list f returns, and x = asyncio.run(g()) is keyword.kwlist itself
# line: 19
import asyncio
import keyword

lst = []


async def f():
    return lst


async def g():
    return keyword.kwlist


asyncio.run(f()).append(keyword.kwlist)
lst[0].append("zzz")
x = asyncio.run(g())
x.append("yyy")
print(keyword.kwlist[-2:])
