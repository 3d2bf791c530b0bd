# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: twelfth red team, family G, our own (against judging a target on what it held before the statement): another store in the loop, later in the text, puts keyword.kwlist into the item the '+=' changes on the next run: other stores count whatever their order
import keyword

held = [[]]
for n in range(2):
    held[0] += ["pwned"]
    held[0] = keyword.kwlist
print(keyword.kwlist[-1] == "pwned")
