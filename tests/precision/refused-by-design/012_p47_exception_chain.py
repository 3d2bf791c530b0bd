import traceback
import sys

class AppError(Exception):
    """Base error."""

class ConfigError(AppError):
    def __init__(self, key, msg):
        super().__init__(f"{key}: {msg}")
        self.key = key

def parse_port(raw):
    try:
        return int(raw)
    except ValueError as e:
        raise ConfigError("port", f"not a number ({raw!r})") from e

def load(cfg):
    try:
        port = parse_port(cfg["port"])
    except KeyError:
        raise ConfigError("port", "missing") from None
    if not 0 < port < 65536:
        raise ConfigError("port", "out of range")
    return port

for cfg in [{"port": "8080"}, {"port": "http"}, {}, {"port": "70000"}]:
    try:
        print("ok", load(cfg))
    except AppError as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else None
        print(f"{type(e).__name__}: {e} | cause={cause} | suppress={e.__suppress_context__}")

try:
    try:
        {}["x"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    print("context:", repr(e.__context__))
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print("traceback lines:", len(lines) > 3, lines[-1].strip())

try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b")])
except* ValueError as eg:
    print("got values", [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("got types", [str(x) for x in eg.exceptions])

def risky():
    raise AppError("unhandled at the end")
print("about to fail", file=sys.stderr)
risky()
