# expect: reject name
# why: fullwidth __loader__
# line: 4
print(__ｌｏａｄｅｒ__)
