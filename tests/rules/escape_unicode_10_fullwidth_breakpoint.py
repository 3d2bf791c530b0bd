# expect: reject builtin
# why: NFKC folds it to the builtin
# line: 4
ｂｒｅａｋｐｏｉｎｔ()
