# statistics on a small data set
import statistics as st

scores = [72, 85, 90, 66, 85, 78, 94, 85, 70, 88]
print("mean", st.mean(scores))
print("median", st.median(scores), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print("mode", st.mode(scores), st.multimode([1, 1, 2, 2, 3]))
print("stdev", round(st.stdev(scores), 4), "pstdev", round(st.pstdev(scores), 4))
print("variance", round(st.variance(scores), 4))
print("quantiles", st.quantiles(scores, n=4))
print("fmean", st.fmean([1.5, 2.5, 3.5]), "geo", round(st.geometric_mean([1, 10, 100]), 6))
print("harmonic", round(st.harmonic_mean([40, 60]), 6))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print("corr", round(st.correlation(x, y), 6))
slope, intercept = st.linear_regression(x, y)
print("regression", round(slope, 3), round(intercept, 3))
nd = st.NormalDist(mu=100, sigma=15)
print(round(nd.cdf(130), 4), round(nd.inv_cdf(0.5), 2))
try:
    st.mean([])
except st.StatisticsError as e:
    print("error:", e)
