# Count lines in a data file next to the script -- the sandbox has no such file
# and must not let programs open files at all.
import sys

path = "data.txt"
try:
    with open(path) as f:
        lines = f.readlines()
except FileNotFoundError:
    print(f"{path} not found", file=sys.stderr)
    lines = []
print(len(lines), "lines")
words = sum(len(line.split()) for line in lines)
print(words, "words")
