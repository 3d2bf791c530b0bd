# expect: accept
# why: doubled braces are text, not fields
print("{{0.__globals__}} is shown literally".format())
print("{{{0}}}".format("braced"))
