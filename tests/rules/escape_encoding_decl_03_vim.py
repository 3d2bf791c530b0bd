# expect: reject encoding
# vim: set fileencoding=latin-1 :
# why: the vim spelling is a PEP 263 declaration too
# line: 2
print('x')
