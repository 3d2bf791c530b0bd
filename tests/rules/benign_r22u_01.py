# expect: accept
# why: a UserList subclass filling self.data with a new list of its own: the give is
#   judged on the value, which comes from no module.
from collections import UserList


class Bag(UserList):
    def fill(self, xs):
        self.data = [x * 2 for x in xs]
        self.append(0)
        self.extend(xs)


b = Bag()
b.fill([1, 2, 3])
print(b.data)
