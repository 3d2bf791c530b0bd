"""Honest uses of what the wall's exception guards replace (exc_hold over args and
SyntaxError's msg, encode_error_str in image/wall.py): the str() and repr() of
UnicodeEncodeError and UnicodeTranslateError (one character of each width, a
range, values set after construction, a reason that is no str), SyntaxError and
its subclasses, OSError and ImportError without their own fields. The same output
with the wall as under plain python3.
"""

# Real encode errors: one character of each width, and a range.
for text, codec in (("caf\xe9", "ascii"), ("price: \u20ac5", "latin-1"),
                    ("smile \U0001f600", "cp1252"), ("\xe9\xe8\xea!", "ascii")):
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        print(repr(str(e)), repr(e), e.encoding, e.start, e.end, e.reason)

# Values set after construction, read back by str().
e = UnicodeEncodeError("ascii", "abc\xff", 3, 4, "ordinal not in range(128)")
print(str(e))
e.start, e.end = 0, 3
print(str(e))
e.reason = "changed"
e.encoding = "utf-7"
print(str(e))
e.end = 1
print(str(e))
e.start, e.end = 10, 11
print(str(e))


class Reason:
    def __str__(self):
        return "a reason object"


e.start, e.end = 1, 2
e.reason = Reason()
print(str(e))
print(str(UnicodeEncodeError("ascii", "", 0, 0, "empty")))

# UnicodeTranslateError: str.translate raises none; programs build it.
t = UnicodeTranslateError("x\u0100y", 1, 2, "no mapping")
print(str(t), repr(t))
t.end = 3
print(str(t))
t.start, t.end = 0, 1
t.reason = Reason()
print(str(t), t.object, t.start, t.end)
print(str(UnicodeTranslateError("\U0001f600", 0, 1, "wide")))

# A subclass's own __str__ over the guarded one.
class Shown(UnicodeEncodeError):
    def __str__(self):
        return "shown: " + super().__str__()


print(str(Shown("ascii", "\xe9", 0, 1, "why")))

# SyntaxError and its subclasses: every field str() reads.
for err in (SyntaxError("bad"), SyntaxError("bad", ("prog.py", 3, 7, "x = = 1\n")),
            SyntaxError("no file", (None, 2, 1, "y\n")), IndentationError("indent"),
            TabError("tabs", ("t.py", 9, 1, "\tx\n")), SyntaxError(), SyntaxError(1)):
    print(type(err).__name__, repr(str(err)), repr(err), err.msg, err.lineno)
s = SyntaxError("first", ("a/b/c.py", 4, 2, "z\n"))
s.msg = "second"
print(str(s))
s.msg = Reason()
print(str(s))

# OSError and ImportError without their own fields: str() is args'.
for err in (OSError("only a message"), OSError("a", "b", "c", "d", "e", "f"),
            ImportError("no module"), ImportError(), ModuleNotFoundError("gone", name="gone"),
            ImportError("x", "y"), KeyError(), KeyError("k", "v")):
    print(type(err).__name__, repr(str(err)), repr(err))
i = ImportError("original")
i.msg = None
i.args = ("from args",)
print(str(i))
