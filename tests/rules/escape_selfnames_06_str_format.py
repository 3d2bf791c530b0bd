# expect: reject builtin
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a closed class deriving str: getattr(self, name) with name "format" is
#   str.format of text the checker never read as a format string; its fields walk
#   a function's globals to os.environ.
# Goal reached: dump the environment.
import sys


class Text(str):
    def call(self, name, *args):
        return getattr(self, name)(*args)


def f():
    return 0


names = ["form" + "at"]
print(Text("{0.__globals__[sys].modules[os].environ}").call(names[0], f))
