# Date arithmetic on fixed dates: deadlines, business days, age, durations.
from datetime import date, datetime, timedelta, timezone

project_start = date(2024, 2, 26)
tasks = [("design", 5), ("build", 12), ("test", 6), ("release", 1)]


def add_business_days(d, n):
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


current = project_start
for name, days in tasks:
    end = add_business_days(current, days)
    print(f"{name:<8} {current:%a %d %b} -> {end:%a %d %b %Y} ({(end - current).days} calendar days)")
    current = end

birthday = date(1990, 7, 15)
today = date(2024, 3, 1)
age = today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))
print("age on", today.isoformat(), "is", age)
next_bday = birthday.replace(year=today.year)
if next_bday < today:
    next_bday = next_bday.replace(year=today.year + 1)
print("days until birthday:", (next_bday - today).days)

meeting = datetime(2024, 3, 10, 14, 30, tzinfo=timezone.utc)
for label, hours in [("UTC", 0), ("New York (EST)", -5), ("Tokyo", 9)]:
    local = meeting.astimezone(timezone(timedelta(hours=hours)))
    print(f"{label:<15} {local:%Y-%m-%d %H:%M %z}")
span = datetime(2024, 12, 31, 23, 59) - datetime(2024, 1, 1, 0, 0)
print("span:", span, "=", span.total_seconds() / 3600, "hours")
print(datetime.strptime("2024-03-05 07:08", "%Y-%m-%d %H:%M").strftime("%d/%m/%y %I:%M %p"))
print("ISO week of 2024-12-30:", date(2024, 12, 30).isocalendar())
