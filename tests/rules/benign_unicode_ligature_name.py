# expect: accept
# why: NFKC folds the ligatures to plain fi/fl: the same names, nothing forbidden
ﬁle_count = 3
ﬂags = ["a"]
print(file_count, flags)
