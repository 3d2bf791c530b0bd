# expect: reject syntax
# line: 4
# why: octal number glued to 'if' (0o7if): 3.11 warns only, splits before the keyword
x = [0o7if 1 else 2]
