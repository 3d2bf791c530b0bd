# expect: reject syntax
data = [
    1,
    2,
