# Caesar and Vigenere ciphers, frequency-based cracking
import string
from collections import Counter

def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)

def vigenere(text, key, decrypt=False):
    res, ki = [], 0
    for ch in text:
        if ch.isalpha():
            k = ord(key[ki % len(key)].lower()) - 97
            k = -k if decrypt else k
            base = 65 if ch.isupper() else 97
            res.append(chr((ord(ch) - base + k) % 26 + base))
            ki += 1
        else:
            res.append(ch)
    return "".join(res)

def crack_caesar(cipher):
    letters = [c for c in cipher.lower() if c in string.ascii_lowercase]
    common = Counter(letters).most_common(1)[0][0]
    shift = (ord(common) - ord("e")) % 26
    return shift, caesar(cipher, -shift)

msg = "Meet me near the tree at seven, bring the secret letter please."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3) == msg)
print(crack_caesar(caesar(msg, 11)))
v = vigenere("Attack at dawn!", "LEMON")
print(v, vigenere(v, "LEMON", decrypt=True))
rot13 = str.maketrans(string.ascii_letters,
                      string.ascii_lowercase[13:] + string.ascii_lowercase[:13]
                      + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])
print("Hello, World".translate(rot13))
import codecs
print(codecs.encode("Hello, World", "rot13"))
print(string.ascii_lowercase, string.digits, string.punctuation[:10])
