# expect: reject attribute
# line: 9
# why: an attribute of a subscript in an annotation: tree-sitter writes gs[0].gi_frame there as member_type over generic_type, no attribute node, so no attribute rule saw gi_frame; CPython evaluates the annotation at module level, and the rest of the line, which tree-sitter split off behind a hidden MISSING newline (refused as "parser" too), reached the builtins module
def gen():
    yield 1


gs = [gen()]
load: gs[0].gi_frame.f_globals["__builtins__"].print("x")
