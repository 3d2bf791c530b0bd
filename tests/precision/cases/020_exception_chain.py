# Exception handling: custom errors, chaining with "from", finally, else.


class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e
    if not 0 < port < 65536:
        raise ConfigError(f"port out of range: {port}")
    return port


def load(settings):
    result = {}
    for key, value in settings.items():
        try:
            result[key] = parse_port(value)
        except ConfigError as e:
            cause = e.__cause__
            kind = type(cause).__name__ if cause else "none"
            print(f"{key}: {e} (cause: {kind})")
        else:
            print(f"{key}: ok {result[key]}")
        finally:
            print(f"  checked {key}")
    return result


ports = load({"http": "8080", "admin": "eighty", "db": "70000", "cache": "6379"})
print(ports)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("missing")
except KeyError as e:
    print("context:", type(e.__context__).__name__, "suppressed:", e.__suppress_context__)

try:
    raise ConfigError("outer") from None
except ConfigError as e:
    print("cause is None:", e.__cause__ is None, "suppressed:", e.__suppress_context__)
