# expect: accept
# why: __iter__ returning iter() over the program's rows (read from standard
#   input), iterated by for, list(), sorted(), enumerate() and unpacking; the
#   rows' objects are then updated
import sys


class Row:
    def __init__(self, text):
        self.text = text.strip()
        self.rank = 0


class Table:
    def __init__(self, lines):
        self.rows = [Row(line) for line in lines]

    def __iter__(self):
        return iter(self.rows)

    def __getitem__(self, i):
        return self.rows[i]

    def __len__(self):
        return len(self.rows)


table = Table(sys.stdin.readlines() or ["b", "a"])
for i, row in enumerate(sorted(table, key=lambda r: r.text)):
    row.rank = i
everything = list(table)
everything[0].rank += 10
head, *rest = table
head.text = head.text * 2
table[0].rank -= 1
print([(r.text, r.rank) for r in table], len(rest))
