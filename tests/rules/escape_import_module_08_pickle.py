# expect: reject import
# why: pickle.loads runs code
# line: 4
import pickle
print(pickle)
