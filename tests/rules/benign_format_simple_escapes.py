# expect: accept
# why: one-character escapes
print("{}\t{}\n{}\\{}".format("a", "b", "c", "d"))
print('{0}\'s {1}'.format("Bo", "hat"))
