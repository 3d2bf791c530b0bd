# expect: accept
import calendar

cal = calendar.TextCalendar(calendar.MONDAY)
print(cal.formatmonth(2024, 2))
print([calendar.month_abbr[m] for m in range(1, 13)][:3], calendar.weekday(2024, 2, 29))
first_mondays = [next(d for d in calendar.Calendar().itermonthdates(2024, m) if d.month == m and d.weekday() == 0) for m in (1, 6)]
print(first_mondays)
