# expect: reject encoding
# why: lone continuation byte
# line: 4
s = '€'
