# expect: reject module_value
# line: 19
# why: round 28b family (a module's name bound otherwise): a for target named like the module is refused, so typing.Any is the library's wherever it is read
import functools
import typing


class Holder:
    pass


@functools.singledispatch
def show(v):
    return "other"


box = Holder()
box.Any = Holder()
for typing in [box]:
    show.register(typing.Any)
