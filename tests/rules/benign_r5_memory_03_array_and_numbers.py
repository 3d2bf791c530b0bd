# expect: accept
# Honest arrays of plain numbers (int and float values converted before the store,
# int(x) of the program's own number class), and a number class with __index__ in a
# program that does not import array.
import array
import fractions


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def as_float(self):
        return float(self.degrees)


readings = [Celsius(d) for d in (21, 23.5, 19)]
temps = array.array("d", [r.as_float() for r in readings])
temps.append(float(fractions.Fraction(3, 2)))
counts = array.array("i", [0] * 4)
for i, t in enumerate(temps):
    counts[int(t) % 4] += 1
counts.insert(0, len(temps))
counts.extend(int(t * 10) for t in temps)
counts.fromlist([7, 8])
print(temps.tolist(), counts.tolist(), sum(counts), temps.itemsize)
