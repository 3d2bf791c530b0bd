# expect: accept
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return [g for g in groups.values() if len(g) > 1]


def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)


def caesar(text, k):
    def shift(c):
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            return chr((ord(c) - base + k) % 26 + base)
        return c
    return "".join(map(shift, text))


print(is_palindrome("A man, a plan, a canal: Panama"), anagrams(["listen", "silent", "enlist", "go"]))
print(rle("aaabccdddd"), caesar("Hello, World!", 3), caesar(caesar("abc", 5), -5))
