from operator import attrgetter, itemgetter, methodcaller
import operator
from dataclasses import dataclass

@dataclass
class Student:
    name: str
    grade: int
    age: int

students = [Student("john", 90, 15), Student("jane", 88, 12), Student("dave", 90, 10)]
print([s.name for s in sorted(students, key=attrgetter("grade", "age"))])
print(list(map(attrgetter("name"), students)))
rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.2)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0), reverse=True)[0])
get_first_last = itemgetter(0, -1)
print(get_first_last("hello"), itemgetter("k")({"k": "v"}))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",")("x,y"))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "^": operator.pow}

def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok))
    return stack[0]

print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 ^"))
print(operator.neg(5), operator.contains([1, 2], 2), operator.index(7), operator.truth([]))
