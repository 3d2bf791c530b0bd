# expect: reject memory
# line: 7
# why: a judged __new__ whose local made by object.__new__(cls) is rebound by a nested def (nonlocal): the name is bound twice, so its stores are no stores into a new instance
class Money:
    def __new__(cls, cents):
        def grab():
            nonlocal obj
            obj = HELD[0]
        obj = object.__new__(cls)
        grab()
        obj.cents = cents
        return obj

    def __lt__(self, other):
        return self.cents < other.cents

HELD = [Money(1)]
print(sorted([Money(3), Money(1)]))
