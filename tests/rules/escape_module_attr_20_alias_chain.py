# expect: reject module_attribute
# line: 4
import typing as t
print(t.sys.modules['os'].system)
