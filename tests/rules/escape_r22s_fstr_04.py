# expect: reject builtin
# why: twenty-second red team (ok_12): an f-string that is one field is FORMAT_VALUE alone, whose
#   value may be a str subclass with __radd__, so the literal on the left is no prefix of the name
# line: 21
# goal: a function's __globals__ and the real builtins module as values
# mechanism: "do_" + f"{s}" with s a str subclass whose __format__ returns itself (no helper class): lone FORMAT_VALUE keeps the subclass
# family: (1) attribute lookups by run-time names; rule slipped: the getattr name rule's literal prefix (names.c literal_prefix /
#   exact_str_operand). exact_str_operand counts every f-string with fields as "text the interpreter builds, exactly str",
#   but an f-string that is ONE replacement field (f"{x}") compiles to a lone FORMAT_VALUE with no BUILD_STRING: its value is
#   whatever x.__format__ returns, and PyObject_Format accepts any str SUBCLASS. "do_" + f"{F()}" then runs the subclass's
#   __radd__ first (right operand is a subclass of str overriding __radd__), which answers any name; the checker judges only
#   the prefix "do_" and lets the getattr through.
class S(str):
    def __radd__(self, other):
        return "__globals__"
    def __format__(self, spec):
        return self
def do_x():
    return 1
s = S("x")
g = getattr(do_x, "do_" + f"{s}")
print("got a function's __globals__ (S formats as itself):", sorted(g)[:5], g["__builtins__"])
