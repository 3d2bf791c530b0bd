# expect: reject attribute
# line: 11
# why: a parameter annotation is evaluated when the def runs; A[B].c there is member_type, not an attribute (tree-sitter's type grammar): refused whole, as every attribute rule looks for attribute nodes
def gen():
    yield 1


gs = [gen()]


def f(a: gs[0].gi_frame.f_back):
    return a


print(f.__name__)
