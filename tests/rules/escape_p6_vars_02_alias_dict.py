# expect: reject builtin
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: the Namespace's dict held under a name and written through it (the same
#   forged state as escape_p6_vars_01).
# Goal reached: run a process (id).
import argparse, copy, typing
def parser():
    return argparse.ArgumentParser(prog="p")
args = parser().parse_args([])
table = vars(args)
table.update({"__reduce_ex__": lambda proto: (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"})})
copy.deepcopy(copy.deepcopy(args))("__import__('os').system('id')")
