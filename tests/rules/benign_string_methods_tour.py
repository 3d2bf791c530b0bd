# expect: accept
s = "  Hello, World! Hello!  "
print(s.strip(), s.lstrip(), s.rstrip(), s.split(","), s.strip().rsplit(" ", 1))
print(s.count("Hello"), s.find("World"), s.rfind("Hello"), s.index("W"), s.replace("Hello", "Bye", 1))
print("-".join(["a", "b", "c"]), "abc".center(9, "*"), "7".zfill(3), "ab".ljust(4, ".") + "|")
print("report.txt".removesuffix(".txt"), "v1.2".removeprefix("v"), "a,b,,c".split(","), "line1\nline2".splitlines())
print("Title Case".istitle(), "abc123".isalnum(), "   ".isspace(), "ABC".isupper(), "x".encode(), "é".encode("utf-8"))
print("%s|%s" % tuple("ab"), "tab\there".expandtabs(4), "key=value=x".partition("="), "a b c".rpartition(" "))
