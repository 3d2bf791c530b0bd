def main():
    n = int(input())
    students = []
    for _ in range(n):
        name, *marks = input().split()
        students.append((name, list(map(int, marks))))
    query = input().strip()
    for name, marks in students:
        if name == query:
            print(f"{sum(marks) / len(marks):.2f}")
    ranking = sorted(students, key=lambda s: (-sum(s[1]), s[0]))
    for pos, (name, marks) in enumerate(ranking, 1):
        print(pos, name, sum(marks))
    while True:
        try:
            line = input()
        except EOFError:
            break
        print("extra:", line.upper())

main()
