# expect: reject builtin
# why: only a bare annotated name is exempted; type used in its own annotation is a use by value in a place the rules do not take
# line: 7


class Tok:
    kind: type("Made", (), {}) = None
