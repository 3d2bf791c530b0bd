# expect: reject encoding
# why: sequence cut by the end of the file
# line: 5
x = 1
s = 'â‚