# expect: reject store
# line: 16
# why: a decorated __call__ reached by calling an instance
import sys


def swap(f):
    def inner(self, a, b):
        return f(self, b, a)
    return inner


class K:
    @swap
    def __call__(self, x, y):
        x.append("logging.os.environ")


K()(0, sys.argv)
print(sys.argv)
