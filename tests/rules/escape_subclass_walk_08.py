# expect: reject dunder
# why: chain split over lines inside parentheses
# line: 9
x = (
    ()
    .__class__
    # a comment between the links of the chain
    .__base__
    .__subclasses__()
)
print(x)
