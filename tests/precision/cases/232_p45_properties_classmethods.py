class Temperature:
    _instances = 0

    def __init__(self, celsius=0.0):
        self.celsius = celsius
        Temperature._instances += 1

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = float(value)

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    @classmethod
    def from_fahrenheit(cls, f):
        t = cls()
        t.fahrenheit = f
        return t

    @staticmethod
    def is_freezing(c):
        return c <= 0

    @classmethod
    def count(cls):
        return cls._instances

    def __repr__(self):
        return f"{type(self).__name__}({self._c:.2f})"

t = Temperature(25)
print(t, t.fahrenheit)
t.fahrenheit = 212
print(t, Temperature.is_freezing(t.celsius))
u = Temperature.from_fahrenheit(-40)
print(u, u.celsius == u.fahrenheit)
try:
    Temperature(-300)
except ValueError as e:
    print("ValueError:", e)
print("instances:", Temperature.count())
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
