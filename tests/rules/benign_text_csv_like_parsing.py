# expect: accept
# why: parsing comma-separated text by hand
DATA = """name,dept,salary
ana,eng,120
bo,eng,100
cy,ops,90
di,ops,95"""

header, *rows = [line.split(",") for line in DATA.splitlines()]
records = [dict(zip(header, row)) for row in rows]
by_dept = {}
for r in records:
    by_dept.setdefault(r["dept"], []).append(int(r["salary"]))
for dept, salaries in sorted(by_dept.items()):
    print(f"{dept}: avg {sum(salaries) / len(salaries):.1f}, max {max(salaries)}")
