# expect: reject class_value
# why: a keyword pattern wrapped in an as (tree-sitter's (k=P) as x) after another keyword is judged by its name as any keyword pattern: capturing __class__ hands out a class
# line: 6
x = 1
match x:
    case int(real=0, __class__=c as g):
        print(g, c)
