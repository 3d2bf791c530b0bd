# Caesar and Vigenere ciphers using the string module's constants.
import string

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase


def caesar(text, shift):
    table = str.maketrans(LOWER + UPPER,
                          LOWER[shift:] + LOWER[:shift] + UPPER[shift:] + UPPER[:shift])
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out = []
    k = 0
    for ch in text:
        if ch in string.ascii_letters:
            base = LOWER if ch.islower() else UPPER
            shift = LOWER.index(key[k % len(key)].lower())
            if decrypt:
                shift = -shift
            out.append(base[(base.index(ch) + shift) % 26])
            k += 1
        else:
            out.append(ch)
    return "".join(out)


msg = "Attack at Dawn! Meet at 5 o'clock."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3 % 26))
v = vigenere(msg, "lemon")
print(v)
print(vigenere(v, "lemon", decrypt=True))

secret = caesar("the five boxing wizards jump quickly", 11)
for shift in range(26):
    guess = caesar(secret, (26 - shift) % 26)
    if "the" in guess.split():
        print("cracked with shift", shift, "->", guess)
print(string.digits, string.punctuation[:10], len(string.printable))
