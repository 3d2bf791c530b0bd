# expect: reject syntax
@property
