import statistics as st
import math

samples = [12.5, 14.1, 9.8, 11.2, 15.6, 13.3, 10.9, 12.0, 14.8, 11.7]

def describe(xs):
    n = len(xs)
    m = st.mean(xs)
    sd = st.stdev(xs)
    se = sd / math.sqrt(n)
    return {
        "n": n,
        "mean": m,
        "stdev": sd,
        "variance": st.variance(xs),
        "median": st.median(xs),
        "min": min(xs),
        "max": max(xs),
        "ci95": (m - 1.96 * se, m + 1.96 * se),
        "quartiles": st.quantiles(xs, n=4),
    }

for k, v in describe(samples).items():
    if isinstance(v, tuple):
        print(f"{k:>9}: ({v[0]:.3f}, {v[1]:.3f})")
    elif isinstance(v, list):
        print(f"{k:>9}: " + ", ".join(f"{q:.2f}" for q in v))
    elif isinstance(v, float):
        print(f"{k:>9}: {v:.4f}")
    else:
        print(f"{k:>9}: {v}")

xs = list(range(1, 11))
ys = [2.1 * x + 0.5 + (0.3 if x % 2 else -0.3) for x in xs]
slope, intercept = st.linear_regression(xs, ys)
print(f"fit: y = {slope:.3f}x + {intercept:.3f}")
print(f"corr: {st.correlation(xs, ys):.5f}")
