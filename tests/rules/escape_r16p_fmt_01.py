# expect: reject format
# line: 15
# verified: reaches its goal under plain python3 3.11 in a temp dir (prints the HOME variable of os.environ, read through logging's globals by a template built at run time)
# why: round 16 lets `x.format` stand uncalled in a comparison whose other operands are plain literals; a program object as the other operand gets the bound str.format in its reflected __eq__ and calls it on text the checker never read.
import logging


class Taker:
    def __eq__(self, f):
        print(f(logging.Handler()))
        return True


t = "".join(["{0.emit.", "__globals__[os].environ[HOME]}"])
print(t.format == Taker())
