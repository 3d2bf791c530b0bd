# expect: accept
import re

text = "The Quick Brown Fox Jumps Over The Lazy Dog"
vowels = sum(1 for c in text.lower() if c in "aeiou")
print(vowels, text.swapcase(), text.title(), text.lower().count("the"))


def snake_case(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def camel_case(name):
    head, *tail = name.split("_")
    return head + "".join(part.capitalize() for part in tail)


print(snake_case("parseHttpResponseCode"), camel_case("parse_http_response_code"))
