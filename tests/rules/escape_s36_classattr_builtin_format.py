# expect: reject format
# line: 14
# why: a class attribute named str taken for the one binding of a template: at module level str is the builtin, and str.format(template, x) formats any text (round 62, our own)
import sys


class K:
    str = "K {0}"

    def __init__(self):
        self.v = sys.version_info.major


print(str.format("{0.__init__.__globals__[sys].modules[os].environ}", K()))
