# expect: accept
# why: getattr dispatch by prefix, setattr and getattr with literal names, hasattr, attrgetter, wraps, a constant template, exception chains, type(x).__name__
import functools
from operator import attrgetter, itemgetter, methodcaller
from urllib.parse import urlparse, urlencode
class Shell:
    def do_greet(self, arg):
        return "hello " + arg
    def run(self, line):
        cmd, _, arg = line.partition(" ")
        handler = getattr(self, "do_" + cmd, None)
        return handler(arg) if handler else f"unknown {cmd}"
def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper
@logged
def add(a, b):
    return a + b
class P:
    def __init__(self, name):
        setattr(self, "name", name)
ROW = "{:<6}|{:>4}"
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad") from e
except ValueError as e:
    cause = type(e.__cause__).__name__
people = sorted([P("bo"), P("al")], key=attrgetter("name"))
print(Shell().run("greet you"), Shell().run("x"), add(1, 2), add.__name__, hasattr(P("a"), "name"))
print(ROW.format("a", 1), cause, [p.name for p in people], methodcaller("upper")("x"), itemgetter(0)("ab"))
print(type(True).__name__, urlparse("http://a/b?c=1").path, urlencode({"q": "a b"}))
