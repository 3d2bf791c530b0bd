# expect: accept
# why: round 28a look-alike: a docstring and one plain __doc__ assignment of text
class A:
    "Doc."
    __doc__ = "Other doc."
    x = 1
print(A.__doc__)
