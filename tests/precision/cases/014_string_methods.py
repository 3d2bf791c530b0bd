# A tour of common string methods.

s = "  Hello, World! Python is fun.  "
print(repr(s.strip()))
print(s.lower().strip())
print(s.upper().strip())
print(s.strip().title())
print(s.strip().swapcase())
print(s.count("o"), s.find("World"), s.find("xyz"))
print(s.replace("fun", "great").strip())
print(s.split())
print(",".join(["a", "b", "c"]))
print("python".center(20, "*"))
print("42".zfill(6), "7".rjust(4, "0"), "x".ljust(5, ".") + "|")
print("Hello".startswith("He"), "Hello".endswith("lo"))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "   ".isspace())
csv_line = "name=Ada;age=36;lang=Python"
pairs = dict(item.split("=") for item in csv_line.split(";"))
print(pairs)
print("one two three".partition(" "))
print("a/b/c/d".rsplit("/", 1))
sentence = "the quick brown fox"
print(" ".join(w.capitalize() for w in sentence.split()))
print(sentence[::-1])
print(sentence[4:9], sentence[-3:])
print("tab\tseparated".expandtabs(4))
print("ß".casefold() == "ss".casefold())
