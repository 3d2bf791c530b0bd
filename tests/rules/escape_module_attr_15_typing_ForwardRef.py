# expect: reject module_attribute
# why: ForwardRef evaluates code
# line: 5
import typing
print(typing.ForwardRef('1'))
