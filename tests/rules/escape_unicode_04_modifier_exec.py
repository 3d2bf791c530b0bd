# expect: reject builtin
# why: modifier letters e x e c
# line: 4
ᵉˣᵉᶜ('print(1)')
