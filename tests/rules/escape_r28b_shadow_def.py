# expect: reject module_value
# line: 8
# why: round 28b family (a module's name bound otherwise): a nested def named like the module is refused, so typing.Any is the library's wherever it is read
import typing


def run():
    def typing():
        return 1
    typing.Any = 2
    return typing.Any


print(run())
