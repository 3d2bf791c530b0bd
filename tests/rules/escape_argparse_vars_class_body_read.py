# expect: reject builtin
# why: a class body is a scope of its own: a read there may name the class's own binding, so parameters are not discounted and the class body's args counts
# line: 17
import argparse
import threading

parser = argparse.ArgumentParser(prog="p")
args = parser.parse_args([])


def handle(args):
    return args


class K:
    args = threading.Thread(target=print)
    print(vars(args))
