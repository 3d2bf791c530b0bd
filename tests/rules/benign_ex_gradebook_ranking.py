# expect: accept
students = [
    ("ana", "math", 88), ("ana", "art", 95), ("bo", "math", 72), ("bo", "art", 85),
    ("cy", "math", 95), ("cy", "art", 60),
]
averages = {}
for name, _, score in students:
    averages.setdefault(name, []).append(score)
ranking = sorted(((sum(s) / len(s), name) for name, s in averages.items()), reverse=True)
for place, (avg, name) in enumerate(ranking, 1):
    print(f"{place}. {name:<4} {avg:5.1f}")
best_per_subject = {}
for name, subject, score in students:
    if score > best_per_subject.get(subject, ("", -1))[1]:
        best_per_subject[subject] = (name, score)
print(best_per_subject)
