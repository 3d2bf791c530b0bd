# expect: accept
# why: __class__ is on the reviewed list: reading it through a class pattern is type(x)
def kind(x):
    match x:
        case object(__class__=cls) if cls is int:
            return "int"
        case object(__class__=cls):
            return cls.__name__


print(kind(1), kind("s"), kind([]))
