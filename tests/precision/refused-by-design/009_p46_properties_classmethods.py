# properties, setters, classmethods, staticmethods, class-level counters
class Temperature:
    count = 0
    def __init__(self, celsius=0.0):
        self.celsius = celsius
        Temperature.count += 1
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
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
    def valid(c):
        return c >= -273.15
    def __repr__(self):
        return f"{type(self).__name__}({self._c:.2f})"

class Kelvinish(Temperature):
    @property
    def kelvin(self):
        return self.celsius + 273.15

t = Temperature(25)
print(t, t.fahrenheit)
t.fahrenheit = 212
print(t, Temperature.from_fahrenheit(32), Kelvinish.from_fahrenheit(50))
print(Temperature.valid(-300), Temperature.count)
try:
    t.celsius = -500
except ValueError as e:
    print("error:", e)
k = Kelvinish(0)
print(round(k.kelvin, 2), type(Kelvinish.from_fahrenheit(0)).__name__)
try:
    k.kelvin = 5
except AttributeError as e:
    print("read-only property")
print(isinstance(Temperature.__dict__["celsius"], property))
