# RPG characters built from keyword arguments, with items in a dataclass.
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    weight: float
    bonus: dict = field(default_factory=dict)


class Character:
    defaults = {"hp": 10, "strength": 5, "agility": 5, "gold": 0}

    def __init__(self, name, **stats):
        self.name = name
        for key, value in {**self.defaults, **stats}.items():
            setattr(self, key, value)
        self.bag = []

    def __repr__(self):
        shown = {k: v for k, v in self.__dict__.items() if k != "bag"}
        return f"Character({shown})"

    def carry_limit(self):
        return self.strength * 2.0

    def pick_up(self, item):
        load = sum(i.weight for i in self.bag)
        if load + item.weight > self.carry_limit():
            print(f"{self.name} cannot carry {item.name} ({load + item.weight:.1f} > {self.carry_limit():.1f})")
            return False
        self.bag.append(item)
        for stat, amount in item.bonus.items():
            setattr(self, stat, getattr(self, stat) + amount)
        print(f"{self.name} picks up {item.name}")
        return True


hero = Character("Aria", hp=20, strength=6)
rogue = Character("Finn", agility=9, gold=15)
print(hero)
print(rogue)
loot = [Item("sword", 4.0, {"strength": 2}), Item("boots", 1.5, {"agility": 1}),
        Item("anvil", 15.0), Item("amulet", 0.2, {"hp": 5, "gold": -3})]
for item in loot:
    hero.pick_up(item)
rogue.pick_up(loot[-1])
print(hero)
print(rogue)
print("bag:", [i.name for i in hero.bag])
print(sorted(vars(rogue)))
