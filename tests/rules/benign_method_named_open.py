# expect: accept
# why: methods named open, as in every OOP exercise: attributes, not the builtin
class Door:
    def __init__(self):
        self.is_open = False

    def open(self):
        self.is_open = True
        return self

    def close(self):
        self.is_open = False
        return self


class Shop:
    def __init__(self, name):
        self.name = name
        self.hours = []

    def open(self, day, start, end):
        self.hours.append((day, start, end))


d = Door().open()
s = Shop("bakery")
s.open("mon", 8, 18)
print(d.is_open, s.hours)
