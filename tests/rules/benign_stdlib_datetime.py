# expect: accept
# why: datetime and calendar
import calendar
import datetime as dt

start = dt.date(2024, 1, 31)
print(start + dt.timedelta(days=30), start.isoformat(), start.weekday())
stamp = dt.datetime(2024, 3, 10, 14, 30)
print(stamp.strftime("%d/%m/%Y %H:%M"), dt.datetime.strptime("2024-05-06", "%Y-%m-%d").date())
delta = dt.datetime(2024, 12, 25) - stamp
print(delta.days, delta.total_seconds() > 0)
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.day_name[0])
print(dt.datetime.now().year >= 2024, dt.timezone.utc)
