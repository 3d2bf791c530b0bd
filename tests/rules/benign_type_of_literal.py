# expect: accept
# why: type(None), type(0), type('') name builtin classes; a table of them is as plain as one of str and int

TYPES = {"string": str, "integer": int, "null": type(None), "ellipsis": type(...),
         "bytes": type(b""), "float": type(1.5), "flag": type(True)}


def kind_of(value) -> str:
    for name, cls in TYPES.items():
        if isinstance(value, cls) and not (cls is int and isinstance(value, bool)):
            return name
    return "other"


print([kind_of(v) for v in (None, 3, "x", ..., b"y", 2.5, False)])
