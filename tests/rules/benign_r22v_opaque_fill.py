# expect: accept
# why: callees not found by name (a dispatch table, a second name, a factory's closure)
#   fill the program's lists with program values; the lists are then changed
def put(d, v):
    d.append([v])


def make():
    def fill(d):
        d.append([0])

    return fill


ops = {"put": put}
add = put
items = []
ops["put"](items, 1)
add(items, 2)
make()(items)
items[0].append("x")
items.append([3])
print(items)
