# expect: reject format
# line: 19
# why: `__doc__ = "hello {0}"` in a function never run looked like the one binding of __doc__: the module docstring, a template walking to os.environ, was formatted (round 62)
"""{0.__init__.__globals__[sys].modules[os].environ}"""
# __doc__.format: a never-run function binds __doc__ once to a harmless literal, so the checker takes __doc__ for that text; at module level it is the docstring whose fields walk to os.environ
import sys


def never():
    __doc__ = "hello {0}"
    return __doc__


class K:
    def __init__(self):
        self.v = 1


print(__doc__.format(K()), sys.version_info.major)
