# expect: reject memory
# line: 13
# verified: plain python3 3.11.2 (/usr/bin/python3 -I): prints 'bytearray 0x4000000000000000' (raw memory)
# why: gh-120298 through a library base (found while narrowing the rule, open on main): __lt__ reads cfg["s"]["k"], and configparser's SectionProxy.__getitem__ calls the parser's has_option, get and its Interpolation subclass's before_get, the program's, which empties the list: with a library base those are judged pure too (like items, keys, values, get, optionxform)
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []
import configparser
class Interp(configparser.Interpolation):
    def before_get(s, parser, section, option, value, defaults):
        vl.clear()
        return value
    def before_read(s, parser, section, option, value):
        return value
    def before_set(s, parser, section, option, value):
        return value
    def before_write(s, parser, section, option, value):
        return value
cfg = configparser.ConfigParser(interpolation=Interp())
cfg.read_string("[s]\nk = 1\n")
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def __eq__(s, o): return False
    def __lt__(s, o):
        cfg["s"]["k"]
        return NotImplemented
class Wc:
    def __eq__(s, o): return False
    def __gt__(s, o):
        keep.append(bytearray(FAKE))
        keep.append(o)
        return False
def raw_memory():
    w = Wc()
    vl.append(V())
    vl < [w]
    keep.append(w)
    return keep[-2]
mem = raw_memory()
print(type(mem).__name__, hex(len(mem)))
