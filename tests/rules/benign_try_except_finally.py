# expect: accept
# why: try/except/else/finally, raise from, a group split by the program (except* is refused:
#   policy_s37_except_star)
class ParseError(ValueError):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line


def parse(lines):
    out = []
    for n, raw in enumerate(lines, 1):
        try:
            key, value = raw.split("=", 1)
            out.append((key.strip(), int(value)))
        except ValueError as exc:
            raise ParseError(n, "bad pair") from exc
        else:
            continue
        finally:
            pass
    return out


try:
    parse(["a = 1", "b = two"])
except ParseError as err:
    print("error:", err, err.line)
else:
    print("no error")
finally:
    print("done")

try:
    {}["missing"]
except (KeyError, IndexError) as e:
    print("lookup failed:", repr(e))

try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    values, rest = eg.split(ValueError)
    print("values:", len(values.exceptions), "types:", len(rest.exceptions))
