# expect: reject module_attribute
# why: family I: string.Formatter().get_field walks attributes of a computed field name, reached through a leaked module
# line: 6
import string, random
try:
    string.nope
except AttributeError as e:
    get = e.obj.Formatter().get_field
print(get("0.__func__.__globals__", [random.shuffle], {})[0]["_os"].environ)
