# expect: accept
# why: the bound format of a literal, nested specs, conversions
fmt = "{:>6}".format
print(fmt(42), "{0:{1}}".format("x", 4), "{!r}".format("q"), "{0!s:*^9}".format(7))
print(list(map("<{}>".format, "abc")))
