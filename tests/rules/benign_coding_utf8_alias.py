# expect: accept
# coding=utf8
# why: utf8 is the same codec as utf-8
print('alias')
