# expect: reject store
# line: 11
# why: the red team's own variant of round 26f (a program class handed to library code, which makes an instance and returns its hook's value) (its header below): a base written (B) or Outer.B is refused, so every walk of a class's program bases sees each base; a program instance or class handed to library code hands back what any of its methods returns that library code calls by name (library-duck names, non-fixed dunders, any method of a class with a library base)
import contextlib
import sys
import unittest
import json


def run(x, *a):
    x.append("logging.os.environ")
    return 0


class D(json.JSONDecoder):
    def decode(self, s):
        return run


es = contextlib.ExitStack()
es.callback(json.loads("1", cls=D), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
