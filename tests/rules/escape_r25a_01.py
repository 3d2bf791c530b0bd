# expect: reject store
# line: 23
# why: the red team's round 25a ok_01 (its header below)
# goal: prints os.environ (serious): 'logging.os.environ' appended to sys.argv, then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__.
# mechanism: list.append(box, sys.argv) -- a mutating method called through its builtin class,
#   the container as the FIRST ARGUMENT -- puts sys.argv into box; box[0].append(...) then
#   writes into sys.argv.
# rule slipped: store. call_links (analyzer/stores.c, "A method call may keep its arguments in
#   its receiver") keys the hold events by call_rooted_key(recv), and recv here is the class
#   `list`: the events say "list holds box and sys.argv", never "box holds sys.argv".
#   mutating_call does know the form (container_class: the SF_CALL store is judged on
#   first_arg), but only as a write INTO box, not as a link from box to the other arguments.
#   Same hole for list.extend/insert/__setitem__/__iadd__, dict.update/setdefault/__setitem__
#   (all accepted before the fix).
# family: "the call's self is not the written receiver" (unbound class method / super()).
import logging
import sys
import unittest

box = []
list.append(box, sys.argv)
box[0].append("logging.os.environ")
unittest.main(exit=False)
