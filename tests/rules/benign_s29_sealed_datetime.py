# expect: accept
# why: date, datetime and timedelta build values that hold no state of the library's (sealed-class), and datetime.min or timedelta.resolution is such a value (class-data): += on them rebinds the name
from datetime import date, datetime, timedelta


def is_business_day(d):
    return d.weekday() < 5


def month_start(start):
    return date(start.year, start.month, 1)


cursor = datetime.combine(month_start(date(2025, 4, 17)), datetime.min.time())
while not is_business_day(cursor.date()):
    cursor += timedelta(days=1)
stamp = datetime.strptime("2025-04-17", "%Y-%m-%d")
stamp += timedelta.resolution
print(cursor, stamp.year, date.max - timedelta(days=1))
