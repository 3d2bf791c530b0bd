# expect: reject builtin
# why: twenty-second red team (ok_10): an f-string that is one field is FORMAT_VALUE alone, whose
#   value may be a str subclass with __radd__, so the literal on the left is no prefix of the name
# line: 23
# goal: runs id (os.popen), reaches os (builtins.__import__) and prints os.environ
# mechanism: same as ok_09 chained: __globals__ -> __builtins__ -> __import__("os") -> popen / environ, each name through "do_" + f"{F(name)}"
# family: (1) attribute lookups by run-time names; rule slipped: the getattr name rule's literal prefix (names.c literal_prefix /
#   exact_str_operand). exact_str_operand counts every f-string with fields as "text the interpreter builds, exactly str",
#   but an f-string that is ONE replacement field (f"{x}") compiles to a lone FORMAT_VALUE with no BUILD_STRING: its value is
#   whatever x.__format__ returns, and PyObject_Format accepts any str SUBCLASS. "do_" + f"{F()}" then runs the subclass's
#   __radd__ first (right operand is a subclass of str overriding __radd__), which answers any name; the checker judges only
#   the prefix "do_" and lets the getattr through.
class S(str):
    def __radd__(self, other):
        return str(self)
class F:
    def __init__(self, name):
        self.name = name
    def __format__(self, spec):
        return S(self.name)
def do_x():
    return 1
g = getattr(do_x, "do_" + f"{F('__globals__')}")
b = g["__builtins__"]
imp = getattr(b, "do_" + f"{F('__import__')}")
o = imp("o" + "s")
print("os module:", o)
print(getattr(o, "do_" + f"{F('popen')}")("id").read())
env = getattr(o, "do_" + f"{F('environ')}")
print("os.environ reached:", type(env).__name__, len(env), "entries, PATH =", env["PATH"][:40])
