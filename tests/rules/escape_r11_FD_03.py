# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (statistics.LinearRegression._field_defaults gains pwned)
# why: eleventh red team (11b), family B, our own: a plain module's namedtuple (not library-made for the store rule), through a name
import statistics

fit = statistics.linear_regression([1, 2, 3], [2, 4, 6])
table = fit._field_defaults
table["pwned"] = True
print(statistics.LinearRegression._field_defaults)
