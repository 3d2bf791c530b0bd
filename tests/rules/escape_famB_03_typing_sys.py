# expect: reject module_attribute
# why: family B: typing leaked as a value, then typing.sys.modules
# line: 6
import typing
try:
    typing.no_such_thing
except AttributeError as e:
    print(e.obj.sys.modules["os"].environ)
