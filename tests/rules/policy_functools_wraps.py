# expect: reject module_attribute
# why: honest code, refused by policy: wraps(f, assigned=...) copies any attribute by name (rules/modules.txt)
# line: 8
import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    return a + b


print(add(2, 3))
