# datetime arithmetic with fixed dates (deterministic)
from datetime import date, datetime, timedelta, timezone, time

d1 = date(2024, 2, 27)
for i in range(4):
    d = d1 + timedelta(days=i)
    print(d.isoformat(), d.strftime("%a"), d.weekday())
dt = datetime(2024, 3, 10, 14, 30, 0)
print(dt + timedelta(hours=12, minutes=45), dt.replace(year=2000))
delta = datetime(2024, 12, 25) - dt
print(delta.days, delta.seconds, delta.total_seconds())
parsed = datetime.strptime("2023-07-04 09:05", "%Y-%m-%d %H:%M")
print(parsed, parsed.strftime("%d/%m/%Y %I:%M %p"), parsed.timetuple().tm_yday)
utc = datetime(2024, 1, 1, 12, 0, tzinfo=timezone.utc)
est = utc.astimezone(timezone(timedelta(hours=-5), "EST"))
print(utc.isoformat(), est.isoformat(), est.tzname())
print(date.fromisoformat("2024-05-17").isocalendar())
print(datetime.fromisoformat("2024-05-17T08:00:00+02:00").utcoffset())
print(time(9, 30) < time(17, 0), date(2024, 1, 1).toordinal())
def age(born, today):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print(age(date(1990, 6, 15), date(2024, 6, 14)), age(date(1990, 6, 15), date(2024, 6, 15)))
import calendar
print(calendar.isleap(2024), calendar.monthrange(2024, 2))
print(calendar.month(2024, 2))
