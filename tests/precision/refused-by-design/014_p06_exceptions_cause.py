# Exceptions with chaining, custom hierarchy, finally, else
class ConfigError(Exception):
    def __init__(self, key, msg):
        super().__init__(f"{key}: {msg}")
        self.key = key

def parse_port(value):
    try:
        port = int(value)
    except ValueError as exc:
        raise ConfigError("port", "not a number") from exc
    if not 0 < port < 65536:
        raise ConfigError("port", "out of range")
    return port

for raw in ["8080", "abc", "70000"]:
    try:
        p = parse_port(raw)
    except ConfigError as e:
        print("bad:", e, "| key =", e.key, "| cause =", repr(e.__cause__))
    else:
        print("ok:", p)
    finally:
        print("done with", raw)

def risky():
    try:
        return 1 / 0
    except ZeroDivisionError:
        raise KeyError("lookup failed")

try:
    risky()
except KeyError as e:
    print("context:", type(e.__context__).__name__, e.__suppress_context__)

errors = []
for item in [1, "2", None, [3]]:
    try:
        errors.append(item + 1)
    except TypeError as e:
        errors.append(type(e).__name__)
print(errors)
try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b")])
except* ValueError as eg:
    print("value errors:", [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("type errors:", [str(x) for x in eg.exceptions])
