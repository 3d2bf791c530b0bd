# expect: accept
# why: CPython 3.11 compiles this: a keyword pattern's value may be an as pattern (keyword_pattern: NAME '=' pattern), which tree-sitter reads as (k=P) as x
class Response:
    def __init__(self, status, body):
        self.status = status
        self.body = body


for resp in [Response(200, {"a": 1}), Response(201, "ok"), Response(404, [1, 2])]:
    match resp:
        case Response(status=200 | 201, body=dict() as d):
            print("dict", len(d))
        case Response(status=(200 | 201) as s, body=[a, b] as pair):
            print(s, a, b, pair)
        case Response(status=s, body=Response(status=t, body=str() as inner) as nested):
            print(s, t, inner, nested.status)
        case Response(status=404 as s, body=b):
            print("missing", s, b)
