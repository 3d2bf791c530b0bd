# expect: reject store
# line: 9
# why: a lambda expression as the decorator (3.9 syntax) reorders the arguments
import sys


@(lambda f: lambda a, b: f(b, a))
def run(x, y):
    x.append("logging.os.environ")


run(0, sys.argv)
print(sys.argv)
