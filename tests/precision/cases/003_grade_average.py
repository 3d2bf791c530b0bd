# Read student names and scores with input() until a blank line, then report.
import sys


def letter(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    return "F"


n = int(input("How many students? "))
print()
students = []
for _ in range(n):
    line = input()
    name, *scores = line.split()
    try:
        nums = [float(s) for s in scores]
    except ValueError:
        print(f"skipping {name}: bad score", file=sys.stderr)
        continue
    avg = sum(nums) / len(nums)
    students.append((name, avg))

for name, avg in students:
    print(f"{name:<10}{avg:6.1f}  {letter(avg)}")

best = max(students, key=lambda s: s[1])
print(f"Top student: {best[0]} with {best[1]:.2f}")
class_avg = sum(a for _, a in students) / len(students)
print(f"Class average: {class_avg:.2f}")
