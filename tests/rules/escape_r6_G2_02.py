# expect: reject builtin
# line: 38
# verified: reaches its goal under plain python3 (3.11) in a temp dir (sixth static red team, ok_10_dataclass_field_name_pasted_into_exec_getattr_dunder_runs_id)
# Mechanism: same as ok_09 (Field.name pasted into exec'd source; Fields obtained by a computed getattr(self, "__dataclass_fields__") on a closed dataclass). RELIES on a run-time dunder name given to getattr.
# Goal: run a process (id) and obtain the os module through __import__ in exec'd code.
# Checker: build/safe-exec-check --rules rules FILE exits 0. Output under python3 3.11 (env -i, temp dir):
#   uid=0(root) gid=0(root) groups=0(root)
#   
#   Traceback (most recent call last):
#     File "dc6.py", line 19, in <module>
#       @dataclasses.dataclass
#        ^^^^^^^^^^^^^^^^^^^^^
#     File "/usr/lib/python3.11/dataclasses.py", line 1220, in dataclass
#       return wrap(cls)
#              ^^^^^^^^^
#     File "/usr/lib/python3.11/dataclasses.py", line 1210, in wrap
#       return _process_class(cls, init, repr, eq, order, unsafe_hash,
#              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
#     File "/usr/lib/python3.11/dataclasses.py", line 1027, in _process_class
#       _init_fn(all_init_fields,
#     File "/usr/lib/python3.11/dataclasses.py", line 580, in _init_fn
#       return _create_fn('__init__',
#              ^^^^^^^^^^^^^^^^^^^^^^
#     File "/usr/lib/python3.11/dataclasses.py", line 434, in _create_fn
#       return ns['__create_fn__'](**locals)
#              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
#   TypeError: __create_fn__() got an unexpected keyword argument '_type_x=print(__import__('os').popen('id').read())):#'
import dataclasses

N = "x=print(__import__('os').popen('id').read())):#"


@dataclasses.dataclass
class B:
    y: dataclasses.InitVar[int] = 0

    def grab(self, k):
        return getattr(self, k)


b = B()
for f in b.grab("__" + "dataclass_fields" + "__").values():
    f.name = N


@dataclasses.dataclass
class D(B):
    pass
