# expect: accept
# why: session 22 (honest25 p06): type(p).__name__ is an exact str (type's own getter), so a dict keyed by it holds nothing of a class, and appending to its lists changes nothing of a library's
class Animal:
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name, "Woof")
        self.breed = breed
        self.tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)
        return self

    def speak(self):
        return super().speak() + "!"


class Cat(Animal):
    def __init__(self, name, indoor=True):
        super().__init__(name, "Meow")
        self.indoor = indoor

    def speak(self):
        return f"{self.name} ignores you" if not self.indoor else super().speak()


class Parrot(Animal):
    def __init__(self, name, phrases):
        super().__init__(name, "Squawk")
        self.phrases = phrases

    def speak(self):
        return f"{self.name} says '{self.phrases[0]}'" if self.phrases else super().speak()


pets = [
    Dog("Rex", "Labrador").add_trick("sit").add_trick("roll over"),
    Cat("Whiskers"),
    Cat("Shadow", indoor=False),
    Parrot("Polly", ["Hello!", "Pretty bird"]),
    Animal("Generic"),
]

for pet in pets:
    print(f"{pet!r:<22} -> {pet.speak()}")

print("Total animals created:", Animal.count)
dogs = [p for p in pets if isinstance(p, Dog)]
for d in dogs:
    print(f"{d.name} ({d.breed}) knows: {', '.join(d.tricks)}")

print("MRO of Dog:", " -> ".join(cls.__name__ for cls in Dog.__mro__))
print("Is Cat a subclass of Animal?", issubclass(Cat, Animal))
names_by_type = {}
for p in pets:
    names_by_type.setdefault(type(p).__name__, []).append(p.name)
print(names_by_type)
