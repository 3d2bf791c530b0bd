# expect: reject memory
# line: 8
# why: __str__ runs inside a list's C repr (print(rows) formats each row borrowed): taking an item out of the list there frees the tuple that repr is still formatting; a helper def the text dunder calls is judged the same
rows = []


def forget():
    rows.pop()


class Cell:
    def __str__(self):
        forget()
        return "cell"

    __repr__ = __str__


rows.append((Cell(), [1, 2, 3]))
print(rows)
