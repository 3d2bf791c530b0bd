# expect: accept
# why: eleventh red team (11b), family A: typing.get_origin/get_args results only inspected (is, ==, in, isinstance, __name__, print) stay accepted

import typing


def describe(hint):
    origin = None
    if typing.get_origin(hint) is list:
        return "list"
    if typing.get_origin(hint) in (dict, tuple):
        return typing.get_origin(hint).__name__
    if typing.get_origin(hint) == typing.Union and str in typing.get_args(hint):
        return "optional str"
    if int in typing.get_args(hint):
        return "has int"
    return str(typing.get_origin(hint)) if origin is None else "other"


for h in (typing.List[int], typing.Dict[str, int], typing.Optional[str], typing.Tuple[int, str], int):
    print(describe(h))
print(isinstance(list, type), typing.get_origin(typing.List[int]) is list)
