# expect: accept
from typing import Callable, Dict

PARSERS: Dict[str, Callable[[str], object]] = {}


def parser(kind):
    def deco(fn):
        PARSERS[kind] = fn
        return fn
    return deco


@parser("int")
def parse_int(text):
    return int(text)


@parser("list")
def parse_list(text):
    return [item.strip() for item in text.split(",")]


@parser("bool")
def parse_bool(text):
    return text.strip().lower() in {"1", "true", "yes"}


def parse(kind, text):
    try:
        return PARSERS[kind](text)
    except KeyError:
        raise ValueError(f"no parser for {kind!r}") from None


print(parse("int", "42"), parse("list", "a, b ,c"), parse("bool", "Yes"))
try:
    parse("xml", "<a/>")
except ValueError as e:
    print(e)
