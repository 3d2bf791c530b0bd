# expect: reject format
# why: fullwidth .format folds to format
# line: 5
s = '{0.__cl' + 'ass__}'
print(s.ｆｏｒｍａｔ(1))
