# expect: accept
# -*- coding: utf-8 -*-
# why: an explicit UTF-8 declaration
s = 'café'
print(s)
