# expect: accept
# why: fifteenth red team (15b), family F: honest look-alikes stay accepted: exception
#   chaining with `raise ... from ...`, format_exc of it, reading __cause__ and
#   __context__, a __getattr__ that lists the names it answers and answers text for
#   the rest, setattr from keyword arguments in a closed class in a program that writes
#   "__main__" only as a comparison's operand
import traceback


class ConfigError(Exception):
    pass


class Options:
    def __init__(self, **values):
        self.store = dict(values)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name in ("host", "port"):
            return self.store.get(name)
        return f"<unset {name}>"


class Record:
    def __init__(self, **fields):
        for key, value in fields.items():
            setattr(self, key, value)


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad port") from e


def main():
    try:
        load("x")
    except ConfigError as err:
        print(type(err.__cause__).__name__, err.__context__ is err.__cause__)
        print(traceback.format_exc().splitlines()[-1])
    o = Options(host="h")
    print(o.host, o.port, o.colour)
    r = Record(a=1, b=2)
    print(r.a + r.b)


if __name__ == "__main__":
    main()
