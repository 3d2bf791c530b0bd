# expect: accept
# why: family D look-alike: format on literals with specs, names, indexes; f-strings with doubled braces
point = {"x": 3}
print("{:.2f} {:>5} {name}".format(3.14159, "ab", name="n"))
print("{0[x]} {{literal}}".format(point))
print(f"{{set}} {point['x']:03d}")
print("%s and %d" % ("text", 4))
