# expect: reject class_value
# line: 26
# why: round 25l's near-miss: a with-item target in parentheses plants a key in a class-keyed dict
# near-miss (ACCEPTED, but reaches no goal of the brief's list): the same hole as ok_01 in
#   classes.c class_keyed_dict, which lets `H[type(x)]` pass the class_value rule because H is
#   "a dict bound once by a display and only read" (wk_table_only_read). `with ... as (H[K()])`
#   plants a key of the program's whose __hash__ equals hash(int): the lookup H[type(x)] hands the
#   class type(x) to K.__eq__ (printed below). With x a library object, its (possibly unoffered)
#   library class reaches program code as a value -- the fourteenth red team's family E, reopened.
import contextlib


class K:
    def __hash__(self):
        return hash(int)

    def __eq__(self, other):
        print("PROOF: program __eq__ handed", other)
        return False


H = {str: "s", int: "i"}
with contextlib.nullcontext("k") as (H[K()]):
    pass
x = 5
print(H[type(x)])
