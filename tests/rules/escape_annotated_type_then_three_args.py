# expect: reject builtin
# why: `type: str` alone in a class body binds nothing: a later type(name, bases, ns) in the same body is the builtin and builds a class the checker cannot see
# line: 8


class Tok:
    type: str
    Made = type("Made", (), {"__eq__": print})
