# expect: reject builtin
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: the same replacement of parse_args through a
#   store form other than an assignment (a for loop's target).
# Goal reached: read a library object's private state (a Thread's own dict:
#   _target, _name, ...), which `t._target` may not read.
import argparse, threading
def leak(argv):
    return threading.Thread(target=print, name="worker")
parser = argparse.ArgumentParser(prog="p")
for parser.parse_args in [leak]:
    pass
args = parser.parse_args([])
print(sorted(vars(args)))
