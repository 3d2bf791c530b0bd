# expect: accept
import string


def is_pangram(s):
    return set(string.ascii_lowercase) <= set(s.lower())


def is_anagram(a, b):
    clean = lambda s: sorted(c for c in s.lower() if c.isalpha())
    return clean(a) == clean(b)


print(is_pangram("Sphinx of black quartz, judge my vow"), is_anagram("Dormitory", "Dirty room"), is_anagram("a", "b"))
