# expect: reject syntax
# line: 22
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fifth static red team, parser differential in SUMMARY.md; not exploitable with the rules of then, refused as a family)
# Mechanism: CPython 3.11 tokenizes "0x1for" as the number 0x1f and the keyword or
#   (a SyntaxWarning only), so "[0*0x1for x in g]" is "[0*0x1f or (x in g)]":
#   g.__contains__ receives the value of x, an unbound-looking name the checker sees
#   bound by a comprehension. tree-sitter reads a comprehension binding x. Any
#   program the two parsers read differently is one the checker did not judge.
# Goal reached: g.__contains__ is called with the module-level x (here a plain
#   object), the program CPython runs is not the one the checker judged.
# Output under python3:
#   contains got: marker
#   [True]
class G:
    def __contains__(self, v):
        print("contains got:", v)
        return True


g = G()
x = "marker"
print([0*0x1for x in g])
