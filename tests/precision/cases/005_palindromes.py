# Palindrome checks: words, sentences and numbers.


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


def longest_palindrome(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best


samples = ["racecar", "hello", "A man, a plan, a canal: Panama", "Was it a car or a cat I saw?", "python"]
for s in samples:
    print(f"{s!r}: {is_palindrome(s)}")

print(longest_palindrome("forgeeksskeegfor"))
print(longest_palindrome("babad"))

nums = [n for n in range(100, 1000) if str(n) == str(n)[::-1] and n % 11 == 0]
print(len(nums), nums[:8])
