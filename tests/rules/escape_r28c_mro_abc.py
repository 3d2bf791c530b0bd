# expect: reject dunder
# line: 13
# why: round 28c family: Shape.__bases__[0] is abc.ABC, a library class the program then writes into
import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


Base = Shape.__bases__[0]
Base.note = "written into abc.ABC"
print(abc.ABC.note)
