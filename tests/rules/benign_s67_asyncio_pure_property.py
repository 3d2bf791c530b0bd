# expect: accept
# why: round 97b's look-alike: where asyncio is named, what answers the reads of its formatting (a __getattr__, a property named cr_running, __qualname__, ...) is judged as a text hook; a plain property getter such as progress is not read there, and stays accepted
import asyncio


class Job:
    def __init__(self, name, done, total):
        self.name = name
        self.done = done
        self.total = total
        self.extra = {"owner": "ops"}

    @property
    def progress(self):
        return self.done / self.total if self.total else 0.0

    def __repr__(self):
        return f"Job({self.name!r}, {self.progress:.0%})"


async def main():
    jobs = [Job("a", 1, 4), Job("b", 3, 3)]
    await asyncio.sleep(0)
    print(jobs, jobs[0].extra["owner"])


asyncio.run(main())
