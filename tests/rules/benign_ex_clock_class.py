# expect: accept
class Clock:
    def __init__(self, hours=0, minutes=0):
        total = (hours * 60 + minutes) % (24 * 60)
        self.hours, self.minutes = divmod(total, 60)

    def __add__(self, minutes):
        return Clock(self.hours, self.minutes + minutes)

    def __sub__(self, minutes):
        return Clock(self.hours, self.minutes - minutes)

    def __eq__(self, other):
        return (self.hours, self.minutes) == (other.hours, other.minutes)

    def __repr__(self):
        return f"{self.hours:02d}:{self.minutes:02d}"


print(Clock(23, 50) + 20, Clock(0, 10) - 30, Clock(25, 0), Clock(1, 0) == Clock(0, 60))
