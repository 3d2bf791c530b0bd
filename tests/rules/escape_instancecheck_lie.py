# expect: reject name
# why: a metaclass whose isinstance() admits any object feeds class patterns arbitrary subjects
# line: 5
class Anything(type):
    def __instancecheck__(cls, obj):
        return True
