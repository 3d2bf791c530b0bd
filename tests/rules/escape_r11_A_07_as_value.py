# expect: reject module_attribute
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained and called)
# why: family A, own member: get_origin handed to map() as a value, its results indexed

import copy
import typing

kinds = list(map(typing.get_origin, [typing.Type[int], typing.List[int]]))
alias_class = kinds[0](typing.List[int])
ev = copy.deepcopy(alias_class(int, ("eval",), name="__builtins__"))
print(ev("1 + 1"), ev.__name__)
