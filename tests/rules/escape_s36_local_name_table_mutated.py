# expect: reject builtin
# line: 12
# why: a function's list of names changed before the loop (append): a list is a literal display only when the name is only ever iterated
class Box:
    pass


def main():
    names = ["size"]
    names.append("__class__")
    for n in names:
        print(getattr(Box(), n))


main()
