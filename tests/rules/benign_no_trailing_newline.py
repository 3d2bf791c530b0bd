# expect: accept
# why: the file ends without a newline
print('last line')