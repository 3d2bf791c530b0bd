# family: wall (a module loaded by the compile of the program)   goal: libwrite
# -*- coding: cp1251 -*-
# The coding cookie names a codec that no statement of the program names; with the
# word for it absent, the entrypoint's own parse of the program does not decode it
# either, and the compile loads the codec after the modules were adopted: its
# classes would be left writable.
bi = print.__self__.__dict__
sys = bi["__imp" + "ort__"]("sys")
m = sys.modules.get("encodings.cp1251")
try:
    m.Codec.injected = 1
    print("LIBRARY-CLASS-" + "WRITTEN")
except (TypeError, AttributeError) as e:
    print("refused:", e)
