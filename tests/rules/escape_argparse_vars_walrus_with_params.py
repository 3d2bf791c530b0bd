# expect: reject builtin
# why: a walrus in a module-level comprehension binds the module's args: only parameters are discounted
# line: 16
import argparse
import threading

parser = argparse.ArgumentParser(prog="p")


def handle(args):
    return args


args = parser.parse_args([])
[args := threading.Thread(target=print) for _ in range(1)]
print(vars(args))
