# expect: accept
# why: the honest look-alikes of round 26j: a table read by builtins with literal keywords (sorted(reverse=True), enumerate(start=1), zip(strict=True), print(sep=...)) while a callback takes it; sorting with key= on a table no callback takes
import contextlib

scores = {"ann": 3, "bo": 5, "cy": 4}
names = ["ann", "bo", "cy"]


def report(table):
    print(sorted(table.items(), key=lambda kv: kv[1]))


for rank, name in enumerate(sorted(scores, reverse=True), start=1):
    print(rank, name, sep=": ")
for name, again in zip(names, sorted(names), strict=True):
    print(name == again, end=" ")
print()
with contextlib.ExitStack() as stack:
    stack.callback(report, scores)
print(sorted(names, key=len), len(scores))
