# expect: reject format
# line: 15
# verified: reaches its goal under plain python3 3.11 in a temp dir (prints the HOME variable of os.environ, read through logging's globals by a template built at run time)
# why: a comparison of lists compares their items: the bound method inside a display reaches the other list's objects' __eq__; only a direct operand of the comparison counts.
import logging


class Taker:
    def __eq__(self, f):
        print(f(logging.Handler()))
        return True


t = "".join(["{0.emit.", "__globals__[os].environ[HOME]}"])
print([t.format] == [Taker()])
