# expect: reject module_value
# line: 19
# why: round 28b family (a module's name bound otherwise): a lambda's parameter named like the module is refused, so typing.Any is the library's wherever it is read
import functools
import typing


class Holder:
    pass


@functools.singledispatch
def show(v):
    return "other"


box = Holder()
box.Any = Holder()
plant = lambda typing: show.register(typing.Any)
plant(box)
