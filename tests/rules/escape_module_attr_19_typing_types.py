# expect: reject module_attribute
# why: types.CodeType builds arbitrary code
# line: 5
import typing
print(typing.types.CodeType)
