# expect: reject module_attribute
# why: family A: __spec__.loader is the same file reader
# line: 4
from json import __spec__ as s
print(s.loader.get_data("/etc/passwd").decode())
