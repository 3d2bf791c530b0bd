# expect: accept
def kmp_table(p):
    table, k = [0] * len(p), 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = table[k - 1]
        if p[i] == p[k]:
            k += 1
        table[i] = k
    return table


def kmp_search(text, p):
    table, k, hits = kmp_table(p), 0, []
    for i, ch in enumerate(text):
        while k and ch != p[k]:
            k = table[k - 1]
        if ch == p[k]:
            k += 1
        if k == len(p):
            hits.append(i - k + 1)
            k = table[k - 1]
    return hits


def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo, hi = lo - 1, hi + 1
        best = max(best, s[lo + 1:hi], key=len)
    return best


print(kmp_search("abababcabab", "abab"), kmp_table("aabaaab"), longest_palindrome("forgeeksskeegfor"))
