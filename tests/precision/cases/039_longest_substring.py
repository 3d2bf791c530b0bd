# Sliding-window string problems.
from collections import Counter


def longest_unique(s):
    last = {}
    start = best = 0
    best_span = (0, 0)
    for i, ch in enumerate(s):
        if ch in last and last[ch] >= start:
            start = last[ch] + 1
        last[ch] = i
        if i - start + 1 > best:
            best = i - start + 1
            best_span = (start, i + 1)
    return s[best_span[0]:best_span[1]]


def min_window(s, t):
    need = Counter(t)
    missing = len(t)
    left = 0
    best = ""
    for right, ch in enumerate(s, 1):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        if missing == 0:
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if not best or right - left < len(best):
                best = s[left:right]
            need[s[left]] += 1
            missing += 1
            left += 1
    return best


def anagram_positions(s, p):
    k = len(p)
    target = Counter(p)
    window = Counter(s[:k])
    out = [0] if window == target else []
    for i in range(k, len(s)):
        window[s[i]] += 1
        window[s[i - k]] -= 1
        if window == target:
            out.append(i - k + 1)
    return out


for s in ["abcabcbb", "bbbbb", "pwwkew", "", "dvdf", "abcdefga"]:
    print(f"{s!r:12} -> {longest_unique(s)!r}")
print(min_window("ADOBECODEBANC", "ABC"), repr(min_window("a", "aa")))
print(anagram_positions("cbaebabacd", "abc"), anagram_positions("abab", "ab"))
