# expect: accept
# why: a class with a next method beside the builtin next on the program's own iterator
#   and sum over the program's numbers, with a sum method elsewhere

class Cursor:
    def __init__(self, items):
        self.items = items
        self.pos = 0

    def next(self):
        self.pos += 1
        return self.items[self.pos - 1]

    def sum(self):
        return len(self.items)


nums = [3, 1, 2]
first = next(iter([nums]))
first.append(4)
total = sum(nums)
c = Cursor(nums)
print(first, total, c.next(), c.sum())
