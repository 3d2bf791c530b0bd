# expect: reject attribute
# why: async generator frame
# line: 8
async def agen():
    yield 1

a = agen()
print(a.ag_frame)
