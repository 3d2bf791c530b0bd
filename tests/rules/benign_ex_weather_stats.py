# expect: accept
import statistics

temps = {"mon": [12, 15, 19, 14], "tue": [10, 11, 16, 13], "wed": [15, 18, 22, 20]}
for day, readings in temps.items():
    lo, hi = min(readings), max(readings)
    print(f"{day}: low {lo:>3} high {hi:>3} mean {statistics.fmean(readings):5.1f} range {hi - lo}")
hottest = max(temps, key=lambda d: max(temps[d]))
print("hottest:", hottest, statistics.median(t for r in temps.values() for t in r))
