# expect: reject store
# line: 12
# why: refused since session 32, the cost of following every alias both ways (a store through one name of an object reaches what any other name of it was linked to, and the links through library calls, escaping functions and the hooks join many objects); before: str.maketrans with two or three arguments builds a new table of code points from text and runs no code, so no escaping function's result comes back through it
import string


class Cipher:
    registry = {}

    def __init_subclass__(cls, *, key_name, **kwargs):
        super().__init_subclass__(**kwargs)
        Cipher.registry[key_name] = cls


class Atbash(Cipher, key_name="atbash"):
    TABLE = str.maketrans(string.ascii_lowercase, string.ascii_uppercase)

    def encode(self, text):
        return text.translate(self.TABLE)

    decode = encode


Atbash.TABLE[32] = 95
print(Atbash().decode("a bc"))
