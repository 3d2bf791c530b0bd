# expect: accept
PAIRS = {")": "(", "]": "[", "}": "{"}


def balanced(s):
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in PAIRS:
            if not stack or stack.pop() != PAIRS[ch]:
                return False
    return not stack


for s in ["([]{})", "([)]", "((", "{[()()]}", ""]:
    print(repr(s), balanced(s))
