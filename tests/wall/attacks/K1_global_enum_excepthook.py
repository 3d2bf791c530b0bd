# family: K (enum.global_enum writes into any module's namespace)   goal: frame
import enum
class Hook(enum.Enum):
    excepthook = 1
    def __call__(self, t, v, tb):
        f = tb.tb_frame
        if type(f).__name__ == "frame":
            print("FRAME" + "-REACHED")
Hook.__module__ = "sys"
enum.global_enum(Hook)
raise ValueError("x")
