# expect: accept
def wildcard(text, pattern):
    dp = [[False] * (len(pattern) + 1) for _ in range(len(text) + 1)]
    dp[0][0] = True
    for j, p in enumerate(pattern, 1):
        dp[0][j] = dp[0][j - 1] and p == "*"
    for i, t in enumerate(text, 1):
        for j, p in enumerate(pattern, 1):
            if p == "*":
                dp[i][j] = dp[i - 1][j] or dp[i][j - 1]
            else:
                dp[i][j] = dp[i - 1][j - 1] and p in ("?", t)
    return dp[-1][-1]


def tiny_regex(text, pattern):
    if not pattern:
        return not text
    first = bool(text) and pattern[0] in (text[0], ".")
    if len(pattern) > 1 and pattern[1] == "*":
        return tiny_regex(text, pattern[2:]) or (first and tiny_regex(text[1:], pattern))
    return first and tiny_regex(text[1:], pattern[1:])


print(wildcard("report_2024.txt", "report_*.t?t"), wildcard("abc", "a*d"), tiny_regex("aab", "c*a*b"), tiny_regex("mississippi", "mis*is*p*."))
