# expect: reject builtin
# why: the annotation-only target is the only `type` exempted: an alias of the builtin next to it is a use by value
# line: 8


class Tok:
    type: str
    t = type
    Made = t("Made", (), {})
