# expect: reject format
# why: an f-string builds the format string
# line: 5
name = '__class__'
print(f"{{0.{name}}}".format(1))
