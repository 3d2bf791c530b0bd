# expect: reject attribute
# why: a class pattern reading a generator's frame through __match_args__
# line: 5
class G:
    __match_args__ = ("gi_frame",)
