# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: twelfth red team, family G, our own (against judging a target on what it held before the statement): an earlier run of the same statement left in the item what the program's __add__ returned (keyword.kwlist): the second run's '+=' extends it in place (what the statement stores is a source of its target: H_OP)
import keyword


class Box:
    def __add__(self, other):
        return keyword.kwlist


held = [Box()]
for _ in range(2):
    held[0] += ["pwned"]
print(keyword.kwlist[-1] == "pwned")
