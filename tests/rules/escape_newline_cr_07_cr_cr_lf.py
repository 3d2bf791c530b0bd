# expect: reject name
# why: CR CR LF is two line breaks
# line: 6
x = 1 # note
print(__builtins__)
