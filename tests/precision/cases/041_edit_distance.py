# Edit distance and longest common subsequence with lru_cache.
import difflib
from functools import lru_cache


def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if a[i] == b[j]:
            return go(i + 1, j + 1)
        return 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))
    return go(0, 0)


def lcs(a, b):
    table = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                table[i][j] = a[i] + table[i + 1][j + 1]
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1], key=len)
    return table[0][0]


pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"),
         ("", "abc"), ("python", "python"), ("sunday", "saturday")]
for a, b in pairs:
    print(f"{a:>10} {b:<10} distance={edit_distance(a, b)} lcs={lcs(a, b)!r}")

dictionary = ["apple", "apply", "ample", "maple", "angle", "ankle", "happy"]
word = "appel"
ranked = sorted(dictionary, key=lambda w: (edit_distance(word, w), w))
print(f"suggestions for {word!r}:", ranked[:3])
print("difflib suggests:", difflib.get_close_matches(word, dictionary, n=3))
