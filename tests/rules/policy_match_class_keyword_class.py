# expect: reject class_value
# why: refused on purpose now: a class pattern capturing __class__ hands out a class by value, which may only be inspected
# line: 6
def kind(x):
    match x:
        case object(__class__=cls) if cls is int:
            return "int"
        case object(__class__=cls):
            return cls.__name__


print(kind(1), kind("s"), kind([]))
