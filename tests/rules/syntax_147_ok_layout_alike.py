# expect: accept
# why: layouts both parsers read alike (the layout check must not refuse them): one-line
#   bodies, ';' between statements, a ';' then a backslash continuation, continuation lines
#   in brackets that begin like statements, a tuple statement in parentheses
x = 0; y = 1
if x: y = 2; z = 3
else: z = 4
w = [x,
     -y,
     (z)]
t = 1; \
    u = 2
(x, y),
for v in w: t += v
print(x, y, z, w, t, u)
