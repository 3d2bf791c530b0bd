# expect: accept
scores = {"ann": 91, "ben": 78, "cat": 85, "dan": 62, "eve": 99}


def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


for name, score in sorted(scores.items(), key=lambda kv: -kv[1]):
    print(f"{name.title():<5} {score:>3} {letter(score)}")
print("class average:", sum(scores.values()) / len(scores))
