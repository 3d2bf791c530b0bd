# Leap years by hand and checked with the calendar module.
import calendar


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


years = [1900, 1996, 2000, 2023, 2024, 2100, 2400]
for y in years:
    mine = is_leap(y)
    assert mine == calendar.isleap(y)
    print(f"{y}: {'leap' if mine else 'common'}")

print("leap days 1901-2000:", calendar.leapdays(1901, 2001))
count = sum(is_leap(y) for y in range(1, 2001))
print("leap years in 1..2000:", count)
print("February 2024 has", calendar.monthrange(2024, 2)[1], "days")
print("1 Jan 2026 is a", calendar.day_name[calendar.weekday(2026, 1, 1)])
next_ones = []
y = 2025
while len(next_ones) < 5:
    if is_leap(y):
        next_ones.append(y)
    y += 1
print("next leap years:", next_ones)
