# family: H   goal: env
import json as x
x = __import__("os")
print(dict(x.environ))
