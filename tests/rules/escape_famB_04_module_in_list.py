# expect: reject module_value
# why: family B: a module as a plain value in a container
# line: 5
import random
mods = [random]
mods[0]._os.system("id")
