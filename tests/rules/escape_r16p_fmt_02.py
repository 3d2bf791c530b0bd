# expect: reject format
# line: 15
# verified: reaches its goal under plain python3 3.11 in a temp dir (prints the HOME variable of os.environ, read through logging's globals by a template built at run time)
# why: `in` over a tuple compares each item with the value: an object of the program in the tuple is handed the bound str.format by its __eq__; only tuples, lists and sets of plain literals count as literals.
import logging


class Taker:
    def __eq__(self, f):
        print(f(logging.Handler()))
        return True


t = "".join(["{0.emit.", "__globals__[os].environ[HOME]}"])
if t.format in ("text", Taker()):
    print("in")
