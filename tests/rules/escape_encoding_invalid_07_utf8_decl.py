# expect: reject encoding
# -*- coding: utf-8 -*-
# why: declared UTF-8 but the bytes are not
# line: 5
name = 'José'
