# expect: reject builtin
# line: 16
# why: a function's name table rebound by an inner function's nonlocal: the name is bound twice, so its reads are no literal display
class Box:
    pass


def main():
    names = ("size",)

    def swap():
        nonlocal names
        names = ("__class__",)
    swap()
    for n in names:
        print(getattr(Box(), n))


main()
