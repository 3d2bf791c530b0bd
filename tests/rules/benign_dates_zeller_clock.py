# expect: accept
import datetime


def day_of_week(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"][h]


def clock_angle(h, m):
    angle = abs(30 * (h % 12) - 5.5 * m)
    return min(angle, 360 - angle)


def parse_duration(text):
    total = 0
    for part in text.split():
        value, unit = int(part[:-1]), part[-1]
        total += value * {"h": 3600, "m": 60, "s": 1}[unit]
    return datetime.timedelta(seconds=total)


print(day_of_week(2024, 7, 4), datetime.date(2024, 7, 4).strftime("%a"), clock_angle(3, 30), parse_duration("1h 30m 15s"))
