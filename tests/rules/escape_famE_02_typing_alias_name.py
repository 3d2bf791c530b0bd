# expect: reject store
# why: family E: a typing alias's writable _name picks a typing global in its reduce: __builtins__, then getitem 'eval'
# line: 6
import copy, typing
alias = typing.Literal["eval"]
alias._name = "__builtins__"
ev = copy.deepcopy(alias)
ev("__import__('os').system('id')")
