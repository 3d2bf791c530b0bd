# expect: accept
import difflib

old = """apples 3
bananas 5
cherries 7""".splitlines()
new = """apples 3
bananas 6
dates 2
cherries 7""".splitlines()
for line in difflib.unified_diff(old, new, "old", "new", lineterm=""):
    print(line)
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
