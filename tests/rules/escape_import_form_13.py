# expect: reject import
# why: fullwidth module name folds to os
# line: 4
import ｏｓ
print(ｏｓ.getcwd())
