# expect: reject memory
# line: 9
# why: a finalizer may run inside any C repr (an allocation there may start a collection, which finalizes a cycle): __del__ is judged as the text dunders are, whether or not the program writes one

rows = [slice(1, [2], [3])]

class Cycle:
    def __del__(self):
        rows.clear()

a = Cycle()
a.me = a
del a
print(rows)
