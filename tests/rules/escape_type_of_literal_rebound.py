# expect: reject class_value
# line: 9
# why: type(None) is judged like the builtin NoneType only when `type` is the builtin; when the program binds the name type, type(None) is whatever its function returns, a class by value as far as the checker knows

def type(x):
    return x

cls = {"null": type(None)}["null"]
table = {"null": type(None)}
print(cls, table)
