# expect: reject dunder
# why: class-pattern keywords read attributes: __base__ through a match (allowed), then __subclasses__
# line: 6
match ():
    case object(__class__=object(__base__=root)):
        print(root.__subclasses__())
