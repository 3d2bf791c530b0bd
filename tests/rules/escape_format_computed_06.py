# expect: reject format
# line: 4
parts = ['{0.__cl', 'ass__.__base__}']
print(''.join(parts).format(1))
