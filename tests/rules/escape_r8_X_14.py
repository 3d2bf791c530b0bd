# expect: reject store
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the root logger's handle replaced)
# why: family X: a named logger the program asks for is its own, but its parent attribute is the root logger.
import logging

logging.getLogger("mine").parent.handle = print
logging.warning("PWNED: the root logger's handle replaced")
