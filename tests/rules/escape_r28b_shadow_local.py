# expect: reject module_value
# line: 22
# why: round 28b family (a module's name bound otherwise): a local variable named like the module is refused, so typing.Any is the library's wherever it is read
import functools
import typing


class Payload:
    x: "int"


class Holder:
    pass


@functools.singledispatch
def show(v):
    return "other"


def plant():
    typing = Holder()
    typing.Any = Payload()
    show.register(typing.Any)


plant()
