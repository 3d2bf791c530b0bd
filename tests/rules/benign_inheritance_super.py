# expect: accept
# why: super().__init__ and __class__.__name__
class Animal:
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __str__(self):
        return f"{type(self).__name__}({self.name})"


class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, sound="woof")
        self.tricks = []

    def learn(self, trick):
        self.tricks.append(trick)
        return self


class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"


p = Puppy("Rex").learn("sit").learn("roll")
print(p.speak(), p.tricks, str(p), p.__class__.__name__)
print(isinstance(p, Animal), issubclass(Puppy, Dog))
