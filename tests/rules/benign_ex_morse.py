# expect: accept
MORSE = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....",
         "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.",
         "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-",
         "y": "-.--", "z": "--.."}
BACK = {v: k for k, v in MORSE.items()}


def encode(msg):
    return " / ".join(" ".join(MORSE[c] for c in word) for word in msg.lower().split())


def decode(code):
    return " ".join("".join(BACK[s] for s in word.split()) for word in code.split(" / "))


m = encode("sos help")
print(m, decode(m))
