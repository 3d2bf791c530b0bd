# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 3.11 (the renamed method copied hands out the instance's __dict__)
# why: an f-string whose first part is a field has no written prefix: the name is
#   the run-time text, "__dict__" here.
import copy

def make(label):
    def show(self):
        return label
    show.__name__ = f"{label}"
    return show

class Box:
    view = make("__dict__")

box = Box()
namespace = copy.copy(box.view)
namespace["planted"] = 1
print(type(namespace), box.planted)
