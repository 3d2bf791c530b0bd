# family: env (the environment the container started with)   goal: env
import random
os = random._os
fd = os.open("/proc/self/environ", os.O_RDONLY)
print(os.read(fd, 65536).replace(b"\0", b"\n").decode())
