# expect: accept
# why: vars(args) read at module level names the module's args, bound only by parser.parse_args(argv) (in a loop): the methods' parameters also named args are locals of their functions, never bindings of the module's name
import argparse


def build_parser():
    p = argparse.ArgumentParser(prog="todo")
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("title", nargs="?", default="")
    return p


class Todo:
    def __init__(self):
        self.items = []

    def add(self, args):
        self.items.append(args.title)

    def show(self, *args, **kw):
        print(len(args), self.items)


def log(args: str = "") -> None:
    print(args)


parser = build_parser()
todo = Todo()
for argv in [["-v", "one"], ["two"]]:
    args = parser.parse_args(argv)
    if args.verbose:
        print("verbose:", vars(args))
    todo.add(args)
todo.show()
log("done")
print(sorted((lambda args=0: args)() for _ in range(1)))
