# expect: reject module_attribute
# why: string.Formatter walks fields of any string
# line: 5
import string
print(string.Formatter().format('{0.__class__.__base__}', 1))
