# expect: accept
# why: everything allowed from builtins, incl. hasattr, dir, format, type, iter
xs = [3, 1, 2]
print(len(xs), sorted(xs), list(reversed(xs)), sum(xs), min(xs), max(xs), any(xs), all(xs))
print(list(enumerate("ab")), list(zip("ab", "cd")), list(map(str, xs)), list(filter(None, [0, 1, 2])))
print(abs(-3), round(2.567, 2), divmod(17, 5), pow(2, 10, 1000), hex(255), oct(8), bin(5))
print(chr(65), ord("a"), ascii("é"), repr("x"), format(3.14159, ".2f"), format(255, "08b"))
print(bytes([65, 66]), bytearray(b"hi"), memoryview(b"abc")[1], frozenset({1}), slice(1, 5, 2))
print(type(1).__name__, isinstance(1, int), issubclass(bool, int), id(xs) > 0, hash("a") is not None)
print(callable(len), hasattr(xs, "append"), dir([])[:1] is not None, iter(xs).__next__())
it = iter(range(3))
print(next(it), next(it, None), int("42"), float("1.5"), complex(1, 2), str(1), bool(0))
print(list(range(0, 10, 3)), tuple("ab"), sorted(set("aab")), dict(a=1), object() is not None)
