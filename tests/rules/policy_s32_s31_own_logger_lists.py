# expect: reject store
# line: 24
# why: refused since session 32, the cost of following every alias both ways (a store through one name of an object reaches what any other name of it was linked to, and the links through library calls, escaping functions and the hooks join many objects); before: honest29 p51 with dict(vars(args)): a logger's message methods keep nothing in the logger, and a logger of the program's own name owns its handlers list (logger.handlers.clear() before addHandler)
import argparse
import logging
import sys


def build_parser():
    parser = argparse.ArgumentParser(prog="resize", description="Pretend to resize images.")
    parser.add_argument("files", nargs="+", help="image names")
    parser.add_argument("-w", "--width", type=int, default=800)
    parser.add_argument("--height", type=int)
    parser.add_argument("-q", "--quality", type=int, choices=range(1, 101), metavar="1-100", default=85)
    parser.add_argument("-v", "--verbose", action="count", default=0)
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--format", choices=["jpg", "png", "webp"], default="jpg")
    return parser


def setup_logging(verbosity):
    level = logging.WARNING - 10 * min(verbosity, 2)
    logger = logging.getLogger("resize")
    logger.handlers.clear()
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(levelname)-7s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    return logger


def run(argv):
    args = build_parser().parse_args(argv)
    log = setup_logging(args.verbose)
    log.debug("parsed arguments: %s", dict(vars(args)))
    height = args.height or int(args.width * 0.75)
    for name in args.files:
        if not name.lower().endswith((".jpg", ".png", ".gif")):
            log.warning("skipping %s: unknown extension", name)
            continue
        target = name.rsplit(".", 1)[0] + "." + args.format
        if args.dry_run:
            log.info("would resize %s -> %s (%dx%d, q=%d)", name, target, args.width, height, args.quality)
        else:
            log.info("resized %s -> %s", name, target)
    log.error("finished with %d file(s)", len(args.files))


print("== run 1 ==")
run(["cat.jpg", "dog.png", "notes.txt", "-w", "640", "--dry-run", "-v"])
print("== run 2 ==")
run(["a.gif", "--format", "webp", "-vv", "--height", "100"])
print("== run 3 ==")
run(["b.jpg", "-q", "50"])
print("== help ==")
print(build_parser().format_help())
print("== bad args ==")
try:
    build_parser().parse_args(["x.jpg", "--format", "bmp"])
except SystemExit as e:
    print("argparse exited with code", e.code)
