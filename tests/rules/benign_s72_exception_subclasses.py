# expect: accept
# why: round 104's judgement of exception constructors: a program's exceptions, one deriving from SyntaxError with a location written out, one handing its message on through super().__init__, raised inside comparisons
class ParseError(SyntaxError):
    pass


class MismatchError(TypeError):
    def __init__(self, message, other):
        super().__init__(message)
        self.other = other


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if not isinstance(other, Money):
            raise MismatchError("cannot compare money with", other)
        return self.cents == other.cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            raise ParseError("bad operand", ("<input>", 1, 1, repr(other)))
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)


items = sorted([Money(300), Money(125), Money(99)])
print([m.cents for m in items])
try:
    Money(1) < 5
except ParseError as e:
    print("parse error:", e.msg, e.lineno)
try:
    Money(1) == "x"
except MismatchError as e:
    print("mismatch:", e, e.other)
