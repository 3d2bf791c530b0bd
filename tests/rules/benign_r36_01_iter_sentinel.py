# expect: accept
# why: look-alike of round 36b: iter(sys.stdin.readline, '') and iter(int, 1) yield new text and numbers; the lists built from them are the program's
import sys

lines = list(iter(sys.stdin.readline, ""))
lines.append("end\n")
counter = iter(int, 1)
first = [next(counter) for _ in range(3)]
first.append(len(lines))
print(lines, first)
