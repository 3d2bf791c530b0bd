# expect: reject module_attribute
# why: typing imports sys
# line: 5
import typing
print(typing.sys.modules)
