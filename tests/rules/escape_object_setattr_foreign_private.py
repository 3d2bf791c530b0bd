# expect: reject store
# why: object.__setattr__ with a literal private name on an object the program did not make (a typing alias's _name)
# line: 6
import copy, typing
alias = typing.Literal["eval"]
object.__setattr__(alias, "_name", "__builtins__")
copy.deepcopy(alias)("__import__('os').system('id')")
