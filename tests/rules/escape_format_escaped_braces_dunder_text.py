# expect: reject format
# why: deliberately refused since the format rule reads every .name in a format literal, in a field or not:
# CPython skips [..] keys and nested specs when it finds a field's end, and no brace counting can be trusted to agree
# line: 5
print("{{0.__globals__}} is shown literally".format())
print("{{{0}}}".format("braced"))
