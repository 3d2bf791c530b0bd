# expect: accept
# why: match captures in a class body and a function bind the block's own names: the
#   captured lists are fresh program values (a display's elements, a star capture's list)
class Shape:
    match [1, 2, 3]:
        case [first, *rest]:
            rest.append(first)
        case _:
            rest = []


def sizes(point):
    match point:
        case {"x": x, **others}:
            found = [x]
        case [x, y] as pair:
            found = list(pair)
            found.append(y)
        case _:
            found = []
    found.append(0)
    return found


print(Shape.rest, sizes({"x": 1, "y": 2}), sizes([3, 4]))
