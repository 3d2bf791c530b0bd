# expect: reject attribute
# line: 6
async def agen():
    yield 1

print(agen().ag_code)
