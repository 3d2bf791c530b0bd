# expect: reject builtin
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: setattr with a computed name and a literal prefix
#   (allowed on any object when no refused name starts with it) replaces the
#   parser's parse_known_args, whose first result parse_args returns: `args` is a
#   Thread, whose own dict holds its private state. A setattr whose prefix could
#   spell parse_args or parse_known_args refuses vars() of parse_args results.
# Goal reached: read a library object's private attribute (a Thread's
#   _target), which `t._target` may not read.
import argparse, threading
def leak(argv=None, namespace=None):
    return threading.Thread(target=print, name="worker"), []
suffix = "known_args"
parser = argparse.ArgumentParser(prog="p")
setattr(parser, "parse_" + suffix, leak)
args = parser.parse_args([])
for key in vars(args):
    print(key)
print(vars(args).get("_target"))
