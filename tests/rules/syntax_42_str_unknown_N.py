# expect: reject syntax
# line: 4
# why: a \N escape with an unknown name (CPython: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-20: unknown Unicode character name)
x = '\N{NO SUCH CHARACTER}'
