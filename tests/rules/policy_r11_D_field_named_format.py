# expect: reject format
# line: 12
# why: the cost of family D's rule (eleventh red team): a dataclass field named format (or read, register, emit, filter, handle, parse_args...) is refused, since dataclasses read every field back with getattr, where a library base's method of that name may answer on a subclass; name the field fmt, reader, ...

import dataclasses


@dataclasses.dataclass
class Column:
    name: str
    width: int = 8
    format: str = "{:>8}"


print(Column("a"))
