# expect: reject method
# line: 14
# why: cost: a method that sets a library method's name on self (count is UserList.count) is called bound only (t.reset()), since through its class it could be handed a library object; call it on the instance
class Tally:
    def __init__(self):
        self.count = 0

    def reset(self):
        self.count = 0


ts = [Tally(), Tally()]
for t in ts:
    Tally.reset(t)
list(map(Tally.reset, ts))
print(len(ts))
