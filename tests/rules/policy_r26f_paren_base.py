# expect: reject class
# line: 10
# why: a base in parentheses is refused (round 26f: `class K((B))` hid B's __neg__ from the walks that follow bases written as names); write it as a name.
class Base:
    def hello(self):
        return "hello"


class Child(
    (Base)
):
    pass


print(Child().hello())
