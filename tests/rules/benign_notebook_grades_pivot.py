# expect: accept
records = [
    {"student": "ann", "subject": "math", "score": 90},
    {"student": "ann", "subject": "bio", "score": 85},
    {"student": "bob", "subject": "math", "score": 70},
    {"student": "bob", "subject": "bio", "score": 95},
]
subjects = sorted({r["subject"] for r in records})
table = {}
for r in records:
    table.setdefault(r["student"], {})[r["subject"]] = r["score"]
print("student " + " ".join(f"{s:>5}" for s in subjects))
for student, scores in sorted(table.items()):
    print(f"{student:<7} " + " ".join(f"{scores.get(s, '-'):>5}" for s in subjects))
