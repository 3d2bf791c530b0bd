# expect: reject builtin
# line: 17
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: an instance attribute store replaces a parser's
#   parse_args (the store rule allows public stores on library instances), so
#   `args` is whatever the program's function returns, here a Thread whose own
#   dict holds its private state (_target, _name) that `t._target` may not read.
#   Any `.parse_args` that is not called at once refuses vars() of the results.
# Goal reached: read a library object's private attribute (a Thread's
#   _target), which `t._target` may not read.
import argparse, threading
def leak(argv):
    return threading.Thread(target=print, name="worker")
parser = argparse.ArgumentParser(prog="p")
parser.parse_args = leak
args = parser.parse_args([])
print(vars(args).get("_target"))
