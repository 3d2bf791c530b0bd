# expect: reject builtin
# why: twenty-second red team (ok_09): an f-string that is one field is FORMAT_VALUE alone, whose
#   value may be a str subclass with __radd__, so the literal on the left is no prefix of the name
# line: 21
# goal: a function's __globals__ and the real builtins module as values
# mechanism: getattr(do_x, "do_" + f"{F()}"), F.__format__ returns a str subclass whose __radd__ returns "__globals__"
# family: (1) attribute lookups by run-time names; rule slipped: the getattr name rule's literal prefix (names.c literal_prefix /
#   exact_str_operand). exact_str_operand counts every f-string with fields as "text the interpreter builds, exactly str",
#   but an f-string that is ONE replacement field (f"{x}") compiles to a lone FORMAT_VALUE with no BUILD_STRING: its value is
#   whatever x.__format__ returns, and PyObject_Format accepts any str SUBCLASS. "do_" + f"{F()}" then runs the subclass's
#   __radd__ first (right operand is a subclass of str overriding __radd__), which answers any name; the checker judges only
#   the prefix "do_" and lets the getattr through.
class S(str):
    def __radd__(self, other):
        return "__globals__"
class F:
    def __format__(self, spec):
        return S("x")
def do_x():
    return 1
g = getattr(do_x, "do_" + f"{F()}")
print("got a function's __globals__:", type(g), sorted(g)[:6])
b = g["__builtins__"]
print("real builtins module as a value:", b)
