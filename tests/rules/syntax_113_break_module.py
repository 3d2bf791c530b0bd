# expect: reject syntax
# line: 4
# why: break outside a loop (CPython: 'break' outside loop)
break
