# expect: reject builtin
# why: assignment target
# line: 4
ｏｐｅｎ = print
ｏｐｅｎ(1)
