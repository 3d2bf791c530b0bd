# family: classic (eval of a computed string)   goal: id
src = "__import__('o' + 's').system('id')"
eval(src)
