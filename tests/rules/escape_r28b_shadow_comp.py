# expect: reject module_value
# line: 11
# why: round 28b family (a module's name bound otherwise): a comprehension target named like the module is refused, so typing.Any is the library's wherever it is read
import typing


class Holder:
    Any = 1


print([typing.Any for typing in [Holder()]])
