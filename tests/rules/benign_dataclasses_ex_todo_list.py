# expect: accept
# why: accepted since dataclasses and functools.wraps are offered as decorators (rules/facades.txt). Was: honest code, refused by policy: dataclasses compiles annotation keys as source (rules/imports.txt)
from dataclasses import dataclass, field
from datetime import date


@dataclass
class Task:
    title: str
    due: date
    done: bool = False
    tags: set = field(default_factory=set)


class TodoList:
    def __init__(self):
        self.tasks = []

    def add(self, title, due, *tags):
        self.tasks.append(Task(title, due, tags=set(tags)))

    def complete(self, title):
        for t in self.tasks:
            if t.title == title:
                t.done = True
                return True
        return False

    def pending(self, tag=None):
        return sorted((t for t in self.tasks if not t.done and (tag is None or tag in t.tags)), key=lambda t: t.due)


todo = TodoList()
todo.add("taxes", date(2024, 4, 15), "money")
todo.add("dentist", date(2024, 3, 1), "health")
todo.add("budget", date(2024, 2, 1), "money")
todo.complete("budget")
print([t.title for t in todo.pending()], [t.title for t in todo.pending("money")])
