# expect: accept
# why: the honest look-alike of escape_s61_bytes_binding: __bytes__ bound to the name of a pure def of the class body is judged as that def
class Packet:
    def __init__(self, payload):
        self.payload = payload

    def encode(self):
        return b"[" + self.payload + b"]"

    __bytes__ = encode

    def __repr__(self):
        return f"Packet({self.payload!r})"


p = Packet(b"hi")
print(bytes(p), repr(p), [p])
