# expect: reject attribute
# why: the cost of the read-only namespace (families F5, F6 and F8 of the fifth red
#   team): self.__dict__.update(kwargs) is refused, because the checker cannot tell
#   which keys kwargs holds (a dunder key plants a protocol hook such as
#   __reduce_ex__); keys written out (update(width=80)) are judged as attribute
#   names and their values bound under them for the store rule. Write the same with
#   `for name, value in kwargs.items(): setattr(self, name, value)`, which the
#   runtime wall guards (no dunder names).


class Options:
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)


opts = Options(colour="auto", width=80)
print(vars(opts))
