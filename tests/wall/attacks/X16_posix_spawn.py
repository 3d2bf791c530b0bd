# family: process   goal: id
import random
os = random._os
os.posix_spawnp("id", ["id"], {})
os.wait()
