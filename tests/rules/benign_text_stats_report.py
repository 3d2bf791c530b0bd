# expect: accept
TEXT = """Python is a programming language that lets you work quickly
and integrate systems more effectively. Python is powerful, and fast;
plays well with others; runs everywhere; is friendly and easy to learn."""

sentences = [s.strip() for s in TEXT.replace(";", ".").split(".") if s.strip()]
words = TEXT.replace(",", " ").replace(";", " ").replace(".", " ").split()
letters = [c.lower() for c in TEXT if c.isalpha()]
print(f"{len(sentences)} sentences, {len(words)} words, {len(letters)} letters")
print(f"average word length: {len(letters) / len(words):.2f}")
top = sorted({c: letters.count(c) for c in set(letters)}.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
width = max(n for _, n in top)
for ch, n in top:
    print(f"{ch} {'#' * n:<{width}} {n}")
