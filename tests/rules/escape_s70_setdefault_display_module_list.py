# expect: reject store
# line: 11
# why: a dict display's setdefault hands back the default it was given, which may be
#   a module's list: the display's own methods hand back what it holds or was given
import sys

out = {}


def grow(key):
    out.setdefault(key, sys.argv).append("--evil")


grow("k")
print(sys.argv)
