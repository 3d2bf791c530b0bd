# expect: accept
# why: thirteenth red team (second round), family B: by-name reads of mutating methods on the program's own containers stay allowed (a dispatch table of list methods, getattr with a prefix on self)
class Inventory:
    def __init__(self):
        self.items = []
        self.tags = set()

    def apply(self, op, value):
        if op == "append":
            getattr(self.items, "append")(value)   # the program's own list, by name
        else:
            getattr(self, "do_" + op)(value)

    def do_remove(self, value):
        self.items.remove(value)

    def update_tag(self, tag):
        self.tags.add(tag)


inv = Inventory()
for op, v in [("append", 3), ("append", 5), ("remove", 3)]:
    inv.apply(op, v)
inv.update_tag("x")
stack = []
push = getattr(stack, "append")
push(1)
push(2)
print(inv.items, sorted(inv.tags), stack)
