# A calculator that evaluates expressions with eval(): convenient, and exactly
# what a sandbox must refuse.
expressions = ["1 + 2 * 3", "(4 + 5) ** 2", "10 / 4", "2 ** 10 - 1"]
for expr in expressions:
    try:
        print(f"{expr} = {eval(expr)}")
    except Exception as e:
        print(f"{expr}: error {e}")

namespace = {}
exec("def double(x):\n    return 2 * x", namespace)
print(namespace["double"](21))
