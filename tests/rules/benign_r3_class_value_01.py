# expect: accept
# why: classes by value compared with classes (==, is, in a tuple of classes),
# looked up in a dispatch dict bound once by a display, printed by name
class Circle:
    pass


class Square:
    pass


AREA = {Circle: "pi r^2", Square: "a^2"}


def describe(shape):
    if type(shape) == Circle or type(shape) is Square:
        print(type(shape).__name__, AREA[type(shape)], type(shape) in AREA,
              type(shape) in (Circle, Square))
    print(type(shape) != int, f"{type(shape).__name__}", type(shape) == type(Circle()))


describe(Circle())
describe(Square())
