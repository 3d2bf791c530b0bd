# expect: reject builtin
# why: NFKC folds it to the builtin
# line: 4
print(ｏｐｅｎ('/etc/passwd').read())
