# expect: reject store
# line: 15
# why: a dest whose default is a module's list is that list: writing it is a store
import argparse
import sys


class Holder:
    pass


parser = argparse.ArgumentParser(prog="todo")
parser.add_argument("--x", default=sys.argv)
args = parser.parse_args([])
args.x.append("pwn")
print(sys.argv)
