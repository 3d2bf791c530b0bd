# expect: reject class_value
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (/etc/passwd read)
# why: family A, own member: get_origin's result carried through a list and a for target

import copy
import typing

for kind in [typing.get_origin(typing.Type[int])]:
    alias_class = kind(typing.Dict[str, int])
    opener = copy.deepcopy(alias_class(str, ("open",), name="__builtins__"))
    with opener("/etc/passwd") as fh:
        print(fh.readline(), end="")
