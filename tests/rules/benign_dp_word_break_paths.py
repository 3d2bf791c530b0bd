# expect: accept
def word_break(s, words):
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        ok[i] = any(ok[j] and s[j:i] in words for j in range(i))
    return ok[-1]


def unique_paths(rows, cols, blocked=frozenset()):
    dp = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if (r, c) in blocked:
                continue
            dp[r][c] = 1 if r == c == 0 else (dp[r - 1][c] if r else 0) + (dp[r][c - 1] if c else 0)
    return dp[-1][-1]


print(word_break("applepenapple", {"apple", "pen"}), word_break("catsandog", {"cats", "dog", "sand", "and", "cat"}))
print(unique_paths(3, 7), unique_paths(3, 3, {(1, 1)}))
