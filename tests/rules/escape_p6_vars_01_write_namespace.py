# expect: reject builtin
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: vars() of a parse_args result is the Namespace's own dict: written into, it
#   sets attributes without setattr, and copy.deepcopy runs a __reduce_ex__ found
#   there (forged state: typing.Literal.__getitem__ rebuilt with _name
#   "__builtins__" indexes typing's globals). Read in place only.
# Goal reached: run a process (id).
import argparse, copy, typing
args = argparse.ArgumentParser(prog="p").parse_args([])
vars(args)["__reduce_ex__"] = lambda proto: (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"})
copy.deepcopy(copy.deepcopy(args))("__import__('os').system('id')")
