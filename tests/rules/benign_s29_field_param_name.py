# expect: accept
# why: a parameter named like a field binds a local of its def, no read of the class-level name
from dataclasses import dataclass, field


@dataclass
class Catalogue:
    stars: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)

    def add(self, *stars, **tags):
        self.stars.extend(stars)
        self.tags.update(tags)
        return self

    def brightest(self, stars=None):
        return min(stars or self.stars)


cat = Catalogue().add(1.46, -0.74, 0.03, season="winter")
print(cat.brightest(), cat.brightest([2.0, 1.5]), cat.tags)
