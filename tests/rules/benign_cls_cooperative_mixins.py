# expect: accept
# why: cooperative super() through a diamond; mro() is a plain method
class Base:
    def describe(self):
        return ["Base"]


class JsonMixin(Base):
    def describe(self):
        return ["Json"] + super().describe()


class LogMixin(Base):
    def describe(self):
        return ["Log"] + super().describe()


class Service(JsonMixin, LogMixin):
    def describe(self):
        return ["Service"] + super().describe()


print(Service().describe(), Service.__name__)
