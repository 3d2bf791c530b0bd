# expect: reject attribute
# why: generator code object
# line: 7
def gen():
    yield 1

print(gen().gi_code.co_consts)
