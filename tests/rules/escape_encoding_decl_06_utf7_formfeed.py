# expect: reject encoding
# coding: utf-7
# why: a form feed before the declaration still counts
# line: 2
x = 1 #+AAo-print('hidden')
