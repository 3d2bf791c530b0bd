# expect: reject attribute
# why: typing wraps string arguments in ForwardRef; its _evaluate() is eval with fresh builtins (tested)
# line: 7
import typing

ref = typing.get_args(typing.List["print('escaped') or int"])[0]
ref._evaluate({}, {}, frozenset())
