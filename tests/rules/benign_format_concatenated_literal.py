# expect: accept
# why: implicitly concatenated literals are one constant string: its fields can be checked
row = ("{name:<10}"
       "{qty:>5}"
       "{price:>9.2f}").format(name="widget", qty=3, price=4.5)
print(row)
