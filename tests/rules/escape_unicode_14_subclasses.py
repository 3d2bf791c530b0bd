# expect: reject dunder
# why: fullwidth dunders
# line: 4
print(().__ｃｌａｓｓ__.__ｂａｓｅ__.__ｓｕｂｃｌａｓｓｅｓ__())
