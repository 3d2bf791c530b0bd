# expect: reject encoding
   # coding: utf-7
# why: leading spaces before the declaration still count
# line: 2
x = 1 #+AAo-print('hidden')
