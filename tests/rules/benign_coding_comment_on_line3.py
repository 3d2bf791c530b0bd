# expect: accept
# why: only lines 1 and 2 can declare an encoding; CPython ignores this one
# -*- coding: latin-1 -*-
print('still utf-8')
