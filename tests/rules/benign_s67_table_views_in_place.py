# expect: accept
# why: round 97e's look-alike: a template table's views used up where they are written (a for loop, sorted, len, a * spread, in) keep the table readable and its templates judged
T = {"hi": "Hello, {0}!", "bye": "Goodbye, {0}."}
for key, template in T.items():
    print(key, len(template), T[key].format("Ada"))
print(sorted(T.keys()), len(T.values()))
print(*T.values(), sep=" | ")
print("hi" in T.keys(), T["bye"].format("Bob"))
