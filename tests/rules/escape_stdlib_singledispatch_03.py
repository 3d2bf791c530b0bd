# expect: reject module_attribute
# why: singledispatchmethod.register goes through the same get_type_hints
# line: 7
import functools

class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        return 0

    @area.register
    def _(self, arg: "print('escaped') or int"):
        return arg
