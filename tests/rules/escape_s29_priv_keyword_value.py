# expect: reject method
# line: 8
# why: round 51a: a keyword argument's value in the class body (dict(f=put)) is a read of the def; only the keyword's name is none
class Box:
    def put(self, value):
        self._v = value

    table = dict(f=put)


print(Box.table["f"].__name__)
