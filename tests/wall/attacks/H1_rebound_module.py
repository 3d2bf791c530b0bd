# family: H (a name rebound to a second module)   goal: id
import random as m
m = m._os
m.system("id")
