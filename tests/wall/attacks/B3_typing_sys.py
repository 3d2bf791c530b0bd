# family: B (typing.sys)   goal: env
import typing
print(dict(typing.sys.modules["os"].environ))
