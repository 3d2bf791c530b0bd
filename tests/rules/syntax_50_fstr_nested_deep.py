# expect: reject syntax
# line: 4
# why: fields nested three deep (CPython: f-string: expressions nested too deeply)
x = f'{a:{b:{c}}}'
