# Hangman: a solver that guesses letters by frequency over candidate words.
import string
from collections import Counter

WORDS = ["python", "sandbox", "compiler", "function", "variable", "iterator", "generator",
         "decorator", "closure", "lambda", "module", "package", "exception", "integer",
         "string", "boolean", "dictionary", "tuple", "process", "program"]


def pattern(word, guessed):
    return "".join(c if c in guessed else "_" for c in word)


def solve(secret, max_misses=6):
    guessed = set()
    misses = 0
    while misses <= max_misses:
        current = pattern(secret, guessed)
        if "_" not in current:
            return current, misses
        candidates = [w for w in WORDS if len(w) == len(secret) and pattern(w, guessed) == current
                      and not any(c in guessed and c not in current for c in w)]
        freq = Counter(c for w in candidates for c in set(w) if c not in guessed)
        letter = max(string.ascii_lowercase, key=lambda c: (freq[c], -ord(c)))
        guessed.add(letter)
        if letter not in secret:
            misses += 1
    return None, misses


for secret in ["python", "decorator", "lambda", "exception", "tuple"]:
    result, misses = solve(secret)
    print(f"{secret:<10} solved={result is not None} misses={misses}")
print(pattern("hangman", {"a", "n"}))
print("letters never used:", "".join(sorted(set(string.ascii_lowercase) - set("".join(WORDS)))))
