# expect: accept
import array

temps = array.array("d", [21.5, 19.0, 23.25])
temps.extend([18.5, 22.0])
counts = array.array("I", range(5))
counts.reverse()
print(max(temps), round(sum(temps) / len(temps), 2), counts.tolist(), temps.typecode, counts.buffer_info()[1])
