# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 3.11 (copy.copy of the bound method hands out the instance's __dict__, written into)
# why: a def of the program renamed to a dunder: a bound method's __reduce__ is
#   (getattr, (self, func.__name__)), so copy.copy of the method reads that name.
#   Only text written out that starts with a letter may name a def.
import copy

def show(self):
    return "shown"

show.__name__ = "__dict__"

class Box:
    view = show

box = Box()
namespace = copy.copy(box.view)
namespace["__reduce_ex__"] = print
print(type(namespace), box.__dict__)
