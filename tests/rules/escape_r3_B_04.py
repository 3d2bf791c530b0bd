# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a bare dunder annotation (a string annotation) in a class statement inside a
#   function.
# Goal reached: exec as a value; printed names from os.environ.
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   ['AWS_CA_BUNDLE', 'CLOUDSDK_CORE_CUSTOM_CA_CERTS_FILE', 'CLOUD_SDK_VERSION']
import copy
import dataclasses
import typing


def red(proto):
    return (typing.List.copy_with, (("exec",),), {"_name": "__builtins__"})


def build():
    # a class statement inside a function: the same class-body rule
    @dataclasses.dataclass(eq=False)
    class Local:
        name: str
        __reduce_ex__: "object"
    return Local


Local = build()
ex = copy.deepcopy(copy.deepcopy(Local("x", red)))
ex("import os\nprint(sorted(os.environ)[:3])")
