# expect: accept
from typing import Final, Literal, NamedTuple, Optional, TypedDict

MAX_USERS: Final = 10
Mode = Literal["r", "w"]


class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 0


class Movie(TypedDict, total=False):
    title: str
    year: int


def describe(m: Movie, mode: Mode = "r") -> Optional[str]:
    return f"{m.get('title', '?')} ({m.get('year', '----')}) [{mode}]"


staff = [Employee("ann", "eng", 120), Employee("bob", "ops")]
print(sorted(staff, key=lambda e: -e.salary)[0].name, staff[1]._replace(salary=90), describe({"title": "Up"}), MAX_USERS)
