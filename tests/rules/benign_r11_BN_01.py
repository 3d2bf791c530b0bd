# expect: accept
# why: eleventh round (issue 13), family BN (section 4, family A's row): the calls the audit moved off the trusted list, used on the program's own values, and the pair constructors' items written when the pairs are the program's
import collections
import keyword
import math
import statistics
import unicodedata
import urllib.parse

groups = collections.OrderedDict([("a", []), ("b", [])])
groups["a"].append(1)
counts = collections.defaultdict(list, [("x", [1])])
counts["x"].append(2)
fit = statistics.linear_regression([1, 2, 3], [2, 4, 6])
words = sorted(keyword.kwlist)
words.append("extra")
print(groups, dict(counts), round(fit.slope, 2), math.prod([2, 3]), unicodedata.numeric("5"),
      urllib.parse.urljoin("http://a/b/", "c"), len(words) - len(keyword.kwlist))
