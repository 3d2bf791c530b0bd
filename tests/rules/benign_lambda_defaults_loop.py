# expect: accept
# why: lambda default arguments capturing loop variables
callbacks = [lambda i=i: i * i for i in range(5)]
print([cb() for cb in callbacks])
adders = {n: (lambda x, n=n: x + n) for n in (1, 10, 100)}
print(adders[10](5), sorted(adders))
key_fn = lambda row, col=1: row[col]
print(sorted([(1, "b"), (2, "a")], key=key_fn))
