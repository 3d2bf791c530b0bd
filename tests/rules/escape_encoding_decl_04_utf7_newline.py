# expect: reject encoding
# coding: utf-7
# why: in UTF-7 the five characters after the hash decode to a newline: CPython runs the rest (tested)
# line: 2
print('visible') #+AAo-print('hidden')
