# expect: accept
import operator

OPS = {"+": (1, operator.add), "-": (1, operator.sub), "*": (2, operator.mul), "/": (2, operator.truediv)}


def to_postfix(tokens):
    out, stack = [], []
    for t in tokens:
        if t in OPS:
            while stack and stack[-1] in OPS and OPS[stack[-1]][0] >= OPS[t][0]:
                out.append(stack.pop())
            stack.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            out.append(float(t))
    return out + stack[::-1]


def evaluate_postfix(items):
    stack = []
    for item in items:
        if item in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[item][1](a, b))
        else:
            stack.append(item)
    return stack[0]


tokens = "( 3 + 4 ) * 2 - 10 / 5".split()
pf = to_postfix(tokens)
print(pf, evaluate_postfix(pf))
