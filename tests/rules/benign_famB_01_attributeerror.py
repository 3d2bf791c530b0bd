# expect: accept
# why: family B look-alike: AttributeError of a program object, its name, and module functions
import random
class Box:
    pass
try:
    Box().missing
except AttributeError as e:
    print("no attribute", e.name)
random.seed(2)
print(random.random() < 1)
