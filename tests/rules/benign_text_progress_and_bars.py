# expect: accept
def progress(done, total, width=20):
    filled = int(width * done / total)
    return f"[{'#' * filled}{'.' * (width - filled)}] {100 * done / total:5.1f}%"


for step in (0, 3, 7, 10):
    print(progress(step, 10))

sales = {"jan": 12, "feb": 30, "mar": 22}
peak = max(sales.values())
for month, value in sales.items():
    print(f"{month} {'█' * round(20 * value / peak):<20} {value}")
