# expect: accept
# why: session 22 (honest25 p13): a same-named local of another function is another variable, and an f-string field reads the instance only through __format__: the instance stays the program's, and its duck-named method takes the program's own values
import json
import sys


class Bag:
    def add(self, x):
        x.append("more")


bag = Bag()


def share():
    bag = [3, 1]
    return sorted(bag)


share()
json.dumps(sys.argv)
mine = []
bag.add(mine)
print(f"{bag!s}"[:4], mine)
