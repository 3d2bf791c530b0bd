# Bracket matching with a stack, and generating balanced strings.

PAIRS = {")": "(", "]": "[", "}": "{"}


def is_valid(s):
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in PAIRS:
            if not stack or stack.pop() != PAIRS[ch]:
                return False
    return not stack


def generate(n):
    out = []

    def go(cur, opened, closed):
        if len(cur) == 2 * n:
            out.append(cur)
            return
        if opened < n:
            go(cur + "(", opened + 1, closed)
        if closed < opened:
            go(cur + ")", opened, closed + 1)

    go("", 0, 0)
    return out


def longest_valid(s):
    best, stack = 0, [-1]
    for i, ch in enumerate(s):
        if ch == "(":
            stack.append(i)
        else:
            stack.pop()
            if not stack:
                stack.append(i)
            else:
                best = max(best, i - stack[-1])
    return best


for s in ["()", "()[]{}", "(]", "([)]", "{[]}", "", "((", "f(x[1]) + {a: (b)}"]:
    print(f"{s!r:22} {is_valid(s)}")
print(generate(3))
print([len(generate(n)) for n in range(1, 9)])
print(longest_valid(")()())"), longest_valid("(()"), longest_valid("()(()))))"))
