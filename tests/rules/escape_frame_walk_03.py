# expect: reject attribute
# why: coroutine frame
# line: 8
async def co():
    return 1

c = co()
print(c.cr_frame.f_globals)
c.close()
