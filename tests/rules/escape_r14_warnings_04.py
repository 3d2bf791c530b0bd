# expect: reject module_attribute
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir (afterwards "__warningregistry__" is a key of sys.__dict__)
# why: the warnings facade: stacklevel walks past the program's frames; on a stack shorter than the level warn() takes sys's namespace as the module's globals and writes its registry into it (on a deeper one, the globals of a frame the program did not make)
import warnings

warnings.warn("x", stacklevel=5)
