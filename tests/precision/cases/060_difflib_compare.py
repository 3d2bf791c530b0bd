# Compare two versions of a text with difflib.
import difflib

old = """def greet(name):
    print("Hello " + name)

greet("world")
greet("Ada")
""".splitlines(keepends=True)

new = """def greet(name, punctuation="!"):
    print(f"Hello {name}{punctuation}")

greet("world")
greet("Grace")
greet("Linus", "?")
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(old, new, fromfile="a/greet.py", tofile="b/greet.py")), end="")
print()
sm = difflib.SequenceMatcher(None, "kitten sitting", "sitting kitten")
print(f"ratio: {sm.ratio():.3f}")
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, "abcdefg", "abxdeyfg").get_opcodes():
    print(f"{tag:8} a[{i1}:{i2}] b[{j1}:{j2}]")
words = ["apple", "apply", "ape", "maple", "peach", "happy"]
print(difflib.get_close_matches("appel", words))
print(difflib.get_close_matches("peech", words, n=1))
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "too\n", "three\n"])), end="")
