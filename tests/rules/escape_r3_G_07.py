# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a keyword class pattern `case object(_create_=create)` on enum.Enum fetches the
#   sunder classmethod by name; a class from a mapping holding __reduce_ex__.
# Goal reached: exec obtained; printed names from os.environ.
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   ['AWS_CA_BUNDLE', 'CLOUDSDK_CORE_CUSTOM_CA_CERTS_FILE', 'CLOUD_SDK_VERSION']
import copy
import enum
import typing


def red(self, proto):
    return (typing.List.copy_with, (("exec",),), {"_name": "__builtins__"})


match enum.Enum:
    case object(_create_=create):
        E = create("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red}, module="__main__")
ex = copy.deepcopy(copy.deepcopy(E.X))
ex("import os\nprint(sorted(os.environ)[:3])")
