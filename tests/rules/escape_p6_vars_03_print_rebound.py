# expect: reject builtin
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: "read in place" trusts the builtins that read: a program function named
#   print receives the Namespace's dict and writes into it.
# Goal reached: run a process (id).
import argparse, copy, typing
def print(table):
    table["__reduce_ex__"] = lambda proto: (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"})
args = argparse.ArgumentParser(prog="p").parse_args([])
print(vars(args))
copy.deepcopy(copy.deepcopy(args))("__import__('os').system('id')")
