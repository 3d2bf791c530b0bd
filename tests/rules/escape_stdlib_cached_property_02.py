# expect: reject dunder
# why: a subclass walk without writing __subclasses__ as an attribute (tested)
# line: 8
import functools

peek = functools.cached_property(len)
peek.__set_name__(None, "__subclasses__")
walk = peek.__get__(type)
print(walk(object))
