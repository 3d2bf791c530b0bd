from datetime import date, datetime, timedelta, timezone

start = date(2024, 1, 31)
print("start:", start.isoformat(), start.strftime("%A"))

def add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return date(y, m, min(d.day, last))

for k in range(1, 5):
    print(f"+{k} months:", add_months(start, k))

deadline = datetime(2024, 3, 10, 17, 30, tzinfo=timezone.utc)
now = datetime(2024, 2, 27, 9, 15, tzinfo=timezone.utc)
left = deadline - now
print("time left:", left, "=", left.total_seconds() / 3600, "hours")

def business_days(a, b):
    n = 0
    d = a
    while d < b:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n

print("business days:", business_days(date(2024, 2, 1), date(2024, 3, 1)))
parsed = datetime.strptime("2024-07-04 12:00", "%Y-%m-%d %H:%M")
print("parsed:", parsed, "week", parsed.isocalendar().week)
print("leap 2024:", date(2024, 2, 29) - date(2023, 2, 28))
