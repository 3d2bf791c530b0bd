# expect: reject store
# why: the red team's round 23k ok_04: itertools.starmap(f, [[keyword.kwlist]]) calls f(keyword.kwlist); f appends.
# line: 18
# goal: mutate keyword.kwlist (lower tier); prints True.
# mechanism: itertools.starmap(f, [[keyword.kwlist]]) calls f(keyword.kwlist); f appends.
# rule slipped: store (rules/README.md sec.4, "what library code hands the functions ... it is given").
#   itertools.starmap is an args_only_caller (analyzer/stores.c) so higher_order_arg maps the
#   iterable argument with fan_arg -> taint_params_elems(f, [(sys.argv,)]): f's parameters get
#   the ELEMENTS of the iterable, i.e. the program-made tuple (sys.argv,), one level down. But
#   starmap calls f(*element): the parameters get the elements OF the elements, two levels down,
#   i.e. sys.argv itself. d is judged a program-made tuple, so d.append is not a module store.
#   (zip(...) as the iterable is refused: only a display of displays slips.)
import itertools
import keyword


def f(d):
    d.append('zz')
    return 0


list(itertools.starmap(f, [[keyword.kwlist]]))
print('zz' in keyword.kwlist)
