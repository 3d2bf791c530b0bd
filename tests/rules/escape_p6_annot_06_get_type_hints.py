# expect: reject module_attribute
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a TypedDict's annotations are readable and writable, and a TypedDict
#   subclass copies its bases' without evaluating them; typing.get_type_hints
#   would eval() the string written there: it stays denied.
# Goal reached: run a process (id).
import typing
class Movie(typing.TypedDict):
    title: str
Movie.__annotations__["year"] = "(__import__('os').system('id'), int)[1]"
class Sequel(Movie):
    number: int
print(typing.get_type_hints(Sequel))
