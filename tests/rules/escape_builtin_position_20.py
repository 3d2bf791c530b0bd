# expect: reject builtin
# why: pdb gives a full interpreter
# line: 4
breakpoint()
