import calendar
from datetime import date, timedelta

def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out

def free_slots(busy, day_start, day_end):
    slots, cur = [], day_start
    for s, e in merge(busy):
        if s > cur:
            slots.append((cur, s))
        cur = max(cur, e)
    if cur < day_end:
        slots.append((cur, day_end))
    return slots

def hm(m):
    return f"{m // 60:02d}:{m % 60:02d}"

busy = [(540, 600), (570, 630), (720, 780), (900, 960), (950, 1000)]
print(merge([[1, 3], [2, 6], [8, 10], [15, 18], [17, 20]]))
print([f"{hm(s)}-{hm(e)}" for s, e in free_slots(busy, 480, 1080)])

print(calendar.month(2024, 2))
print(calendar.isleap(2100), calendar.leapdays(2000, 2025), calendar.day_name[calendar.weekday(2024, 7, 4)])
d = date(2024, 1, 1)
mondays = [d + timedelta(days=i) for i in range(366) if (d + timedelta(days=i)).weekday() == 0 and (d + timedelta(days=i)).year == 2024]
print(len(mondays), mondays[0], mondays[-1])
