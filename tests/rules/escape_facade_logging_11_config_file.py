# expect: reject import
# why: logging facade: logging.config reads the file it is given (the parse error shows its first line)
# line: 4
import logging.config
logging.config.fileConfig("/etc/passwd")
