# expect: reject encoding
# coding=u7
# why: u7 is an alias of utf-7; '=' instead of ':'
# line: 2
x = 1 #+AAo-print('hidden')
