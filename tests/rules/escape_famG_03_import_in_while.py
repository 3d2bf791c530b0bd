# expect: reject module_value
# why: family G: inside while, then the module's private global through the class
# line: 6
class A:
    while True:
        import random
        break
A.random._os.system("id")
