# Descriptive statistics of exam scores with the statistics module.
import random
import statistics as st

random.seed(10)
scores = [round(random.gauss(70, 12)) for _ in range(40)]
scores = [min(100, max(0, s)) for s in scores]
print("scores:", sorted(scores))
print(f"mean     {st.mean(scores):.2f}")
print(f"median   {st.median(scores)}")
print(f"mode     {st.mode(scores)}")
print(f"stdev    {st.stdev(scores):.3f}")
print(f"pstdev   {st.pstdev(scores):.3f}")
print(f"variance {st.variance(scores):.3f}")
q = st.quantiles(scores, n=4)
print("quartiles:", q, "IQR:", q[2] - q[0])
print("deciles:", [round(x, 1) for x in st.quantiles(scores, n=10)])
print("median low/high:", st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print("harmonic mean of speeds:", round(st.harmonic_mean([40, 60]), 2))
print("geometric mean of growth:", round(st.geometric_mean([1.1, 1.2, 0.95]), 4))
hours = [2, 4, 5, 6, 8, 9, 10]
marks = [52, 60, 61, 68, 75, 80, 88]
print("correlation:", round(st.correlation(hours, marks), 4))
slope, intercept = st.linear_regression(hours, marks)
print(f"fit: marks = {slope:.3f} * hours + {intercept:.3f}")
dist = st.NormalDist(70, 12)
print(f"P(score < 50) = {dist.cdf(50):.4f}, 90th percentile = {dist.inv_cdf(0.9):.2f}")
