# expect: accept
# why: \u and \N escapes outside the fields change nothing
print("{:.1f}\u00b0C".format(21.456))
print("{}\N{EN DASH}{}".format(1, 9))
