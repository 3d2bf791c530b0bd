# expect: reject builtin
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a name bound by parse_args and by something else: each binding must be a
#   parse_args result. Here a library instance's own dict is handed out, and .get
#   reads its private state.
# Goal reached: read (and call) a library object's private attribute, a Thread's
#   _target, which `t._target` may not read.
import argparse, threading
args = argparse.ArgumentParser(prog="p").parse_args([])
for args in [threading.Thread(target=print, name="worker")]:
    pass
vars(args).get("_target")("private target reached")
