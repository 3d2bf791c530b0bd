# expect: accept
# why: a UTF-8 BOM is accepted
print('bom')
