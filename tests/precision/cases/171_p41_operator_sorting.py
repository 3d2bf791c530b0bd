# operator.attrgetter/itemgetter/methodcaller for sorting and mapping
from operator import attrgetter, itemgetter, methodcaller, add, mul
import operator
from functools import reduce

class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age
    def __repr__(self):
        return f"Student({self.name!r}, {self.grade!r}, {self.age})"

students = [Student("john", "A", 15), Student("jane", "B", 12), Student("dave", "B", 10)]
print(sorted(students, key=attrgetter("age")))
print(sorted(students, key=attrgetter("grade", "age")))
rows = [("x", 3, 2.5), ("y", 1, 9.0), ("z", 2, 0.5)]
print(sorted(rows, key=itemgetter(1)), list(map(itemgetter(0, 2), rows)))
print(max(rows, key=itemgetter(2))[0])
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",")("1,2"))
print(reduce(add, [1, 2, 3]), reduce(mul, range(1, 6)), operator.neg(4), operator.contains([1], 1))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.append(ops[tok](a, b))
        else:
            st.append(float(tok))
    return st[0]
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"))
d = {"b": 2, "a": 3, "c": 1}
print(sorted(d.items(), key=itemgetter(1)), attrgetter("real", "imag")(3 + 4j))
