# expect: accept
# why: a namedtuple bound to a name and subclassed with methods (_replace); copies of its fields changed
# honest: the namedtuple bound to a name, then subclassed with methods; instances' fields changed via _replace
import collections

Base = collections.namedtuple("Base", "name score")


class Player(Base):
    __slots__ = ()

    def promoted(self):
        return self._replace(score=self.score + 10)


team = [Player("ann", 3), Player("bo", 7)]
best = max(team, key=lambda p: p.score).promoted()
lines = [[p.name, p.score] for p in team]
lines[0].append(best.score)
print(best, lines)
