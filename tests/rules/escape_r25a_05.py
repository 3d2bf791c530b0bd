# expect: reject store
# line: 23
# why: the red team's round 25a ok_05 (its header below)
# goal: prints os.environ (serious).
# mechanism: `d |= [("a", sys.argv)]`: dict's |= is update(), which takes an iterable of pairs
#   and makes each pair's SECOND element an item of d -- one level ABOVE where it lay in v
#   (v depth 2 -> d depth 1). d["a"] is sys.argv; d["a"].append(...) writes into it.
# rule slipped: store, aug_masks / aug_judged (new, e3ff9f8): aug_event says `t op= v` stores
#   v's parts at their own depth (mask(v) & ~M_TOP), i.e. sys.argv at d's depth 2 only; the
#   pair lift that call_links adds for `R.update(pairs)` (round 24c, iter 2 at depth d+1) has
#   no counterpart in aug_event. `d.update([("a", sys.argv)])` is refused; the SF_CALL store
#   d["a"].append is re-judged on the aug masks (level0_form) and passes.
# NOTE (checked after): the ordinary augmented-assignment mask has the same gap:
#   `d |= [("a", logging.getLogger())]; d["a"].disabled = True` (an attribute store, judged on
#   the main masks) is accepted and writes the root logger; d.update(...) is refused.
# family: aug_event under-approximates the in-place operator (same as ok_04).
import logging
import sys
import unittest

d = {}
d |= [("a", sys.argv)]
d["a"].append("logging.os.environ")
unittest.main(exit=False)
