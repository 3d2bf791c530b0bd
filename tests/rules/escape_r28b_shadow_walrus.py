# expect: reject module_value
# line: 12
# why: round 28b family (a module's name bound otherwise): a walrus target named like the module is refused, so typing.Any is the library's wherever it is read
import typing


class Holder:
    Any = 1


def run():
    if (typing := Holder()):
        return typing.Any


print(run())
