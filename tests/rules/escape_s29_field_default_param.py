# expect: reject module_attribute
# line: 9
# why: a default is read in the class body, where stars is still the Field, though the parameter has the same name
from dataclasses import dataclass, field


@dataclass
class Catalogue:
    stars: list = field(default_factory=list)

    def keep(self, stars=stars):
        return stars


print(type(Catalogue().keep()).__name__)
