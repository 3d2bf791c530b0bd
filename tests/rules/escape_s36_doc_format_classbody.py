# expect: reject format
# line: 16
# why: a class attribute __doc__ was the one visible binding; the module-level read is the module docstring (round 62)
"""{0.__init__.__globals__[sys].modules[os].environ}"""
# variant of 11: the one visible binding of __doc__ is a class attribute (class body), the module-level read is the docstring
import sys


class K:
    __doc__ = "K {0}"

    def __init__(self):
        self.v = sys.version_info.major


print(__doc__.format(K()))
