# expect: reject store
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir (DecimalTuple, difflib.Match, functools._CacheInfo class dicts written)
# why: eleventh red team (11b), family B: _field_defaults of three library namedtuples
# Mechanism (family B, other library namedtuples): decimal's as_tuple() (DecimalTuple),
#   difflib's find_longest_match() (difflib.Match) and functools' cache_info()
#   (functools._CacheInfo) are namedtuples made by the library. Their `_field_defaults`
#   is the library class's own dict, and item stores, setdefault and update into it are
#   accepted (decimal and difflib count as text modules, functools as a plain module:
#   results taken as new values; `_field_defaults` is no listed library attribute).
# Goal reached: writes into three standard-library classes' data (decimal.DecimalTuple,
#   difflib.Match, functools._CacheInfo).
# Output seen under python3:
#   {'sign': 'X'} {'a': 'X'} {'hits': 'X'}
import decimal
import difflib
import functools

decimal.Decimal("1.5").as_tuple()._field_defaults["sign"] = "X"
difflib.SequenceMatcher(None, "ab", "ab").find_longest_match()._field_defaults.setdefault("a", "X")


@functools.lru_cache(maxsize=None)
def square(n):
    return n * n


square(3)
square.cache_info()._field_defaults.update(hits="X")
print(decimal.DecimalTuple._field_defaults, difflib.Match._field_defaults,
      functools.lru_cache(maxsize=2)(abs).cache_info()._field_defaults)
