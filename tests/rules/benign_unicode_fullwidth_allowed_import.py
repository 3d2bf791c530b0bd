# expect: accept
# why: fullwidth names of allowed modules fold to math/json
from ｍａｔｈ import ｓｑｒｔ
import ｊｓｏｎ

print(sqrt(16), json.dumps([1]))
