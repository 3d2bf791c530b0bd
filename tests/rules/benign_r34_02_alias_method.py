# expect: accept
# why: look-alike of round 34a: a class body aliases a method of its own (encode = translate), and re.findall's list over literal text is mutated
import re


class Caesar:
    def __init__(self, shift):
        self.shift = shift

    def translate(self, text):
        return "".join(chr((ord(c) - 97 + self.shift) % 26 + 97) if c.islower() else c
                       for c in text)

    encode = translate


line = "hello world 42"
words = re.findall(r"[a-z]+", line)
words.append(Caesar(3).encode("abc"))
words.sort()
print(words, re.escape(line))
