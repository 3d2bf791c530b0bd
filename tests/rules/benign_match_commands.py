# expect: accept
# why: match with sequence patterns, or-patterns, as-captures, guards
def handle(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", item, *rest] if rest:
            return f"taking {item} and {len(rest)} more"
        case ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return f"unknown verb {verb!r}"


for cmd in ["go north", "take lamp", "take key coin", "drop a b", "quit", "", "dance now"]:
    print(repr(cmd), "->", handle(cmd))
