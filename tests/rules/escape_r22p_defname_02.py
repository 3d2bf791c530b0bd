# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 3.11 (the renamed method copied hands out the instance's __dict__)
# why: a name copied from a parameter's function (w.__name__ = f.__name__): the
#   text is any name at run time, a dunder included. Stays refused (functools.wraps).
import copy

def __dict__(self):
    return "shown"

def show(self):
    return "shown"

def rename(func, model):
    func.__name__ = model.__name__
    return func

rename(show, __dict__)

class Box:
    view = show

box = Box()
namespace = copy.copy(box.view)
namespace["planted"] = 1
print(type(namespace), box.planted)
