# expect: reject module_attribute
# why: family B: AttributeError.obj of a failed module lookup is the module itself, as a value
# line: 6
import random
try:
    random.nope
except AttributeError as e:
    e.obj._os.system("id")
