# expect: accept
# why: fourteenth red team (round 14a), family D: a nested plain class read through self, a library subclass at module level and in a def
import collections


class Tally(collections.Counter):
    pass


class Report:
    class Row:
        def __init__(self, key, count):
            self.key = key
            self.count = count

    def rows(self, words):
        counts = Tally(words)
        return [self.Row(k, v) for k, v in sorted(counts.items())]


def local_counts(words):
    class Local(collections.Counter):
        def top(self):
            return self.most_common(1)

    return Local(words).top()


print([(r.key, r.count) for r in Report().rows("abca")])
print(local_counts("mississippi"))
