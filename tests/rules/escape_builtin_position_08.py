# expect: reject builtin
# why: match guard
# line: 5
match 1:
    case 1 if eval('True'):
        print('yes')
