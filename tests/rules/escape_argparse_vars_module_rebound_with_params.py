# expect: reject builtin
# why: parameters named args are discounted for a module-level read, but every other binding of the module's args must still be a parse_args result (here a for target)
# line: 17
import argparse
import threading

parser = argparse.ArgumentParser(prog="p")


def handle(args):
    return args


args = parser.parse_args([])
for args in [threading.Thread(target=print, name="worker")]:
    pass
print(vars(args))
