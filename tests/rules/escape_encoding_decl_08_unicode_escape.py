# expect: reject encoding
# coding: unicode_escape
# why: unicode_escape turns a backslash-x escape in a comment into a newline (tested)
# line: 2
print('visible') #\x0aprint('hidden')
