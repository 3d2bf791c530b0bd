# expect: accept
# why: str.format on literals, including {0.real} and {0.__class__.__name__}
print("Hello, {}!".format("world"))
print("{0} + {0} = {1}".format(2, 4))
print("{name} is {age} years old".format(name="Bo", age=7))
print("{:>8.2f}|{:<6}|{:^7}".format(3.14159, "ab", "mid"))
print("{0[1]} {0[0]}".format(["a", "b"]))
print("{p[x]}".format(p={"x": 5}))
print("{0.real} {0.imag}".format(3 + 4j))
print("{0.__class__.__name__}".format(1.5))
print("{{not a field}} {}".format("but this is"))
print("{:{width}.{prec}f}".format(2.718281, width=10, prec=3))
row = "{:<10}{:>6}".format
print(row("apples", 3))
print("{x}-{y}".format_map({"x": 1, "y": 2}))
