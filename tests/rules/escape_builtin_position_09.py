# expect: reject builtin
# why: match subject
# line: 4
match globals():
    case {'__name__': name}:
        print(name)
