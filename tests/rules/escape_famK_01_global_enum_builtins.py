# expect: reject module_attribute
# why: family K: enum.global_enum copies members into sys.modules[cls.__module__]: here it replaces builtins.print
# line: 5
import enum
E = enum.global_enum(enum.Enum("E", {"print": 1}, module="builtins"))
print("still the builtin")
