# expect: accept
# vim: set fileencoding=UTF-8 :
# why: upper-case UTF-8 in the vim spelling
print('vim')
