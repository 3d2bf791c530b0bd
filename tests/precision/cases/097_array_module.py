# Compact numeric arrays with the array module.
from array import array

temps = array("d", [21.5, 22.0, 19.75, 18.5, 23.25, 24.0, 20.5])
print(temps.typecode, temps.itemsize, len(temps))
print("max:", max(temps), "mean:", round(sum(temps) / len(temps), 3))
temps.append(25.5)
temps.extend([17.0, 16.25])
print(temps.tolist())
print("index of 23.25:", temps.index(23.25), "count 20.5:", temps.count(20.5))

counts = array("i", [0] * 10)
for n in range(1000):
    counts[n * n % 10] += 1
print("last digit of squares:", list(counts))

raw = array("H", [1, 256, 65535]).tobytes()
print(raw.hex())
back = array("H")
back.frombytes(raw)
print(back, back == array("H", [1, 256, 65535]))
try:
    array("B", [256])
except OverflowError as e:
    print("overflow:", e)
letters = array("u", "hello")
letters.reverse()
print(letters.tounicode())
smoothed = array("d", (round(sum(temps[i:i + 3]) / 3, 2) for i in range(len(temps) - 2)))
print(smoothed)
