# expect: reject encoding
# coding: raw_unicode_escape
# why: raw_unicode_escape decodes a backslash-u escape to a newline
# line: 2
x = 1 #\u000aprint('hidden')
