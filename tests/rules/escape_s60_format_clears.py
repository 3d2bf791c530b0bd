# expect: reject memory
# line: 9
# why: __format__ runs inside format() of a container's item too (f"{rows}" formats the list, whose repr formats the tuple); clearing the list from it frees the tuple under its repr
rows = []


class Money:
    def __format__(self, spec):
        rows.clear()
        return "0.00"

    def __repr__(self):
        return format(self, ".2f")


rows.append((Money(), "EUR"))
print(f"{rows}")
