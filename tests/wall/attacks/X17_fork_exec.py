# family: process (fork, then exec)   goal: id
import random
os = random._os
pid = os.fork()
if pid == 0:
    os.execv("/usr/bin/id", ["id"])
os.waitpid(pid, 0)
