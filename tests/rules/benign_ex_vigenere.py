# expect: accept
from itertools import cycle


def vigenere(text, key, decrypt=False):
    out = []
    shifts = cycle(ord(k) - ord("a") for k in key.lower())
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            s = next(shifts)
            s = -s if decrypt else s
            out.append(chr((ord(ch) - base + s) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


secret = vigenere("Attack at Dawn!", "lemon")
print(secret, vigenere(secret, "lemon", decrypt=True))
