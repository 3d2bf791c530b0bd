# expect: accept
# why: accepted since dataclasses and functools.wraps are offered as decorators (rules/facades.txt). Was: honest code, refused by policy: dataclasses compiles annotation keys as source (rules/imports.txt) - was: dataclass slots=True, kw_only and InitVar
from dataclasses import dataclass, field, InitVar


@dataclass(slots=True, kw_only=True)
class Settings:
    host: str = "localhost"
    port: int = 8080
    tags: list[str] = field(default_factory=list)


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    opening: InitVar[float] = 0.0
    history: list = field(default_factory=list, repr=False)

    def __post_init__(self, opening):
        if opening:
            self.balance += opening
            self.history.append(("open", opening))


s = Settings(port=9000)
print(s, Settings(host="example", tags=["a"]), Account("ann", opening=50))
