# expect: accept
# why: nothing but comments
# print('nothing')
