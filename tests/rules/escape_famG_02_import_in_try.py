# expect: reject module_value
# why: family G: inside try in a class body
# line: 6
class A:
    try:
        import random as r
    except ImportError:
        pass
A.r._os.system("id")
