# expect: reject store
# why: family K: writing into an object a module holds and shares (decimal's default context)
# line: 5
import decimal
decimal.DefaultContext.prec = 3
print(decimal.Context().prec)
