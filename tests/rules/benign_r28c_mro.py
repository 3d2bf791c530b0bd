# expect: accept
# why: round 28c look-alike: __mro__ and __bases__ of classes whose bases are the program's and builtin exception classes
class AppError(Exception):
    pass


class NotFound(AppError):
    pass


class Animal:
    pass


class Dog(Animal):
    pass


print([c.__name__ for c in NotFound.__mro__], [c.__name__ for c in Dog.__bases__])
print(" -> ".join(k.__name__ for k in Dog.__mro__))
