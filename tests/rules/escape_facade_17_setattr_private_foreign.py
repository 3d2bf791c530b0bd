# expect: reject store
# why: setattr with a literal private name on an object the program did not make (typing alias reduce)
# line: 6
import copy, typing
alias = typing.Literal["eval"]
setattr(alias, "_name", "__builtins__")
copy.deepcopy(alias)("__import__('os').system('id')")
