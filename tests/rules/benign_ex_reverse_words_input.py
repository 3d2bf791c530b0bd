# expect: accept
input()
input()
sentence = input()
print(" ".join(reversed(sentence.split())), sentence[::-1], len(sentence.split()))
