# expect: accept
# why: '#' inside a string literal in an f-string expression and in a format spec is fine on 3.11
rows = [("alpha", 3), ("beta", 7), ("gamma", 5)]
width = max(n for _, n in rows)
for name, n in rows:
    print(f"{name:<6}|{'#' * n:<{width}}| {n:#04x} {n / width:.0%}")
