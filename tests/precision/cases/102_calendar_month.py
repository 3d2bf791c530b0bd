# Print month calendars and find dates like "the last Friday" with calendar.
import calendar

print(calendar.month(2024, 2))
cal = calendar.TextCalendar(firstweekday=calendar.SUNDAY)
print(cal.formatmonth(2025, 3))


def last_weekday(year, month, weekday):
    weeks = calendar.monthcalendar(year, month)
    return max(week[weekday] for week in weeks)


def nth_weekday(year, month, weekday, n):
    days = [week[weekday] for week in calendar.monthcalendar(year, month) if week[weekday]]
    return days[n - 1]


print("last Fridays of 2024:", [last_weekday(2024, m, calendar.FRIDAY) for m in range(1, 13)])
print("US Thanksgiving 2020-2026:", [nth_weekday(y, 11, calendar.THURSDAY, 4) for y in range(2020, 2027)])
friday_13 = [(y, calendar.month_abbr[m]) for y in (2024, 2025, 2026) for m in range(1, 13)
             if calendar.weekday(y, m, 13) == calendar.FRIDAY]
print("Friday the 13th:", friday_13)
print(list(calendar.day_abbr))
print([calendar.month_name[m] for m in (1, 6, 12)])
