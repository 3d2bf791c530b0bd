# expect: reject module_attribute
# why: family E: copy.copy of a bound method runs getattr(its self, its function's name); a method built at run time binds any object
# line: 11
import copy, random
def __globals__():
    pass
class A:
    def m(self):
        pass
MT = type(A().m)
g = copy.copy(MT(__globals__, random.shuffle))
g["_os"].system("id")
