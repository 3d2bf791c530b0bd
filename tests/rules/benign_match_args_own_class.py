# expect: accept
# why: __match_args__ naming the class's own ordinary attributes
class Pair:
    __match_args__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


match Pair(1, 2):
    case Pair(a, b):
        print(a + b)
