# expect: accept
# why: a dataclass field whose default_factory is the builtin set: each instance
#   gets a new empty set, which the program fills, though rule lambdas that read
#   any value escape into a list beside it
import re
from dataclasses import dataclass, field


@dataclass
class Message:
    sender: str
    subject: str
    tags: set = field(default_factory=set)


RULES = [
    (lambda m: m.sender.endswith("@boss.com"), "boss"),
    (lambda m: re.search(r"\burgent\b", m.subject, re.I), "urgent"),
]


def score(msg):
    for pred, tag in RULES:
        if pred(msg):
            msg.tags.add(tag)
    return len(msg.tags)


for m in [Message("ceo@boss.com", "urgent: sign"), Message("a@b.c", "hi")]:
    print(m.subject, score(m), sorted(m.tags))
