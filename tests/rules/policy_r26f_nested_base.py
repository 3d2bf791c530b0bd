# expect: reject class
# line: 13
# why: a base written as an attribute of a class (a nested class) is refused, as is one in parentheses: every walk of a class's program bases follows bases written as names or a module's classes, and one shape refused at the class statement keeps them all whole (round 26f). The cost: a nested class used as a base is defined at the top level instead.
class Shape:
    class Style:
        color = "red"

        def describe(self):
            return "a " + self.color + " shape"


class Square(
    Shape.Style
):
    def area(self, side):
        return side * side


print(Square().describe(), Square().area(3))
