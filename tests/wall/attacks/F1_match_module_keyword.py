# family: F (a class pattern is getattr by name)   goal: id
import random
M = type(random)
match random:
    case M(_os=o):
        o.system("id")
