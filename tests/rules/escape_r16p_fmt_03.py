# expect: reject format
# line: 19
# verified: reaches its goal under plain python3 3.11 in a temp dir (prints the HOME variable of os.environ, read through logging's globals by a template built at run time)
# why: an augmented store reads the attribute before it stores it: `t.format += obj` hands the bound str.format to obj.__radd__; only plain stores count as no read.
import logging


class Taker:
    def __radd__(self, f):
        print(f(logging.Handler()))
        return self


class Text(str):
    pass


t = Text("".join(["{0.emit.", "__globals__[os].environ[HOME]}"]))
t.format += Taker()
