# expect: reject syntax
# line: 4
# why: a tokenizer error inside a field (CPython: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers)
x = f'{0777}'
