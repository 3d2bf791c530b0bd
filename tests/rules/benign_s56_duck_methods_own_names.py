# expect: accept
# why: methods the library calls by name (a context's run, a visitor's visit handed to a library call) store on their own object and on the parameter under names no library method has
import asyncio


class Counting:
    def __init__(self):
        self.calls = 0

    def run(self, fn, *args):
        self.calls += 1
        return fn(*args)


class Node:
    def __init__(self, label, children=()):
        self.label = label
        self.children = list(children)
        self.depth = 0


class Walker:
    def visit(self, node, depth=0):
        node.depth = depth
        for c in node.children:
            self.visit(c, depth + 1)
        return node


async def work(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    ctx = Counting()
    t = asyncio.create_task(work(21), context=ctx)
    print(await t, ctx.calls > 0)


asyncio.run(main())
tree = Node("a", [Node("b", [Node("c")]), Node("d")])
w = Walker()
done = list(map(w.visit, [tree]))
print([(n.label, n.depth) for n in [tree, tree.children[0], tree.children[0].children[0]]])
