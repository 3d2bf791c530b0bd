# expect: reject memory
# line: 17
# why: a nested def's nonlocal store rebinds the frame's local, so the list the
#   frame clears may be one it did not make
L = []


class Trigger:
    def __repr__(self):
        rows = []

        def take():
            nonlocal rows
            rows = L

        take()
        rows.clear()
        return "t"


L.append(slice(Trigger(), "q" * 40))
print(repr(L))
