# expect: reject store
# line: 23
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: twelfth red team, family G, our own (against judging a target on what it held before the statement): the index is a with target bound to what the program's __enter__ returns (a slice, then 0): not a plain index
import keyword


class Pick:
    def __init__(self, at):
        self.at = at

    def __enter__(self):
        return self.at

    def __exit__(self, *exc):
        return False


held = [[]]
parts = [[keyword.kwlist], ["pwned"]]
for n in range(2):
    with Pick([slice(0, 0), 0][n]) as at:
        held[at] += parts[n]
print(keyword.kwlist[-1] == "pwned")
