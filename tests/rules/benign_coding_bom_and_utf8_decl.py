# expect: accept
# -*- coding: utf-8 -*-
# why: a BOM and a matching declaration
print('both')
