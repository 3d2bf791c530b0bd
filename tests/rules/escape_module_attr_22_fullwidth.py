# expect: reject module_attribute
# why: fullwidth attribute folds to sys
# line: 5
import statistics
print(statistics.ｓｙｓ)
