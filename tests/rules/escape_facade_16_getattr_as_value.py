# expect: reject builtin
# why: getattr as a value, called elsewhere with any name
# line: 5
import random
ga = getattr
ga(random.shuffle, "__globals__")["_os"].system("id")
