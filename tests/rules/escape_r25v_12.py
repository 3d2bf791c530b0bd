# expect: reject store
# line: 19
# why: the red team's round 25v ok_12 (its header below): a call of a name a program decorator binds (a def, a method, a constructor) is a call of what the decorator returned: every argument reaches every function that may be a value
# goal: prints os.environ (serious), as ok_01.
# mechanism: an ordinary-looking functools.wraps decorator whose wrapper takes MORE arguments than the
#   def (request, *rest) and writes rest[0]; view("GET", sys.argv) -> inner(request="GET", rest=(sys.argv,)).
#   (A direct call of the undecorated view with 2 arguments would be a TypeError; the checker maps
#   sys.argv to no parameter at all -- view has one.)
# rule slipped: store (decorated name's call mapped onto the def's own parameters). family: as ok_01.
import functools
import logging
import sys
import unittest


def handler(f):
    @functools.wraps(f)
    def inner(request, *rest):
        rest[0].append("logging.os.environ")
        return f(request)
    return inner


@handler
def view(request):
    return request


view("GET", sys.argv)
unittest.main(exit=False)
