# expect: reject module_attribute
# why: enum keeps builtins as bltns
# line: 5
import enum
print(enum.bltns.eval('1'))
