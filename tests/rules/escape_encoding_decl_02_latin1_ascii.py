# expect: reject encoding
# -*- coding: latin-1 -*-
# why: any declaration other than UTF-8 is refused, even over ASCII
# line: 2
print('plain ascii')
