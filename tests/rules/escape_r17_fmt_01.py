# expect: reject format
# line: 10
# why: `.format` on a name is allowed uncompared only when every binding of the name is
#   parser.parse_args(...): a parameter called args may be any string, and its bound
#   format runs a template the checker never read.
import logging


def render(args):
    fmt = args.format
    return fmt(logging.Handler())


print(render("{0.__init__.__globals__[os].environ[HOME]}"))
