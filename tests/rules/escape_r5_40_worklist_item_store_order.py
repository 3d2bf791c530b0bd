# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c), item store (judged without following
#   calls): the target `first` is bound from `rows`, whose element is put in by an
#   append written after the store; for the worklist, `first`'s event is evaluated
#   before the events of `rows` it reads, and again when `rows` changes.
# Goal reached: write into a list of the standard library (keyword.kwlist[0]
#   replaced for every user of the module).
# Output under python3:
#   ['zzz', 'None']
import keyword

rows = []
first = None
for _ in range(2):
    if first is not None:
        first[0] = "zzz"
    rows.append(keyword.kwlist)
    first = rows[0]
print(keyword.kwlist[:2])
