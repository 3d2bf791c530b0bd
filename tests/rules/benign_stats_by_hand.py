# expect: accept
import statistics


def moving_average(xs, k):
    return [sum(xs[i:i + k]) / k for i in range(len(xs) - k + 1)]


def linear_fit(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return slope, my - slope * mx


def zscores(xs):
    mu, sd = statistics.mean(xs), statistics.pstdev(xs)
    return [round((x - mu) / sd, 2) for x in xs]


def histogram(xs, bins):
    lo, hi = min(xs), max(xs)
    width = (hi - lo) / bins
    counts = [0] * bins
    for x in xs:
        counts[min(int((x - lo) / width), bins - 1)] += 1
    return counts


xs = [1, 2, 3, 4, 5, 6]
ys = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2]
print(moving_average(ys, 3), linear_fit(xs, ys), zscores(xs), histogram(ys, 3))
print(round(statistics.correlation(xs, ys), 4))
