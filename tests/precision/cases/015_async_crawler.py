# A simulated web crawler with asyncio: a queue of URLs, a few workers, and
# duplicate pages detected by their sha256. The "web" is a dictionary.
import asyncio
import hashlib
from urllib.parse import urldefrag, urljoin, urlparse

SITE = {
    "https://example.org/": ("Home", ["/about", "/blog/", "https://other.net/x"]),
    "https://example.org/about": ("About us", ["/", "/team#people"]),
    "https://example.org/blog/": ("Blog index", ["post-1", "post-2", "/about"]),
    "https://example.org/blog/post-1": ("First post", ["../about", "post-2"]),
    "https://example.org/blog/post-2": ("Second post", ["post-1", "/missing"]),
    "https://example.org/team": ("About us", []),
}


async def fetch(url):
    await asyncio.sleep(0.001 * (len(url) % 4))
    if url not in SITE:
        raise LookupError(f"404 {url}")
    return SITE[url]


async def worker(queue, seen, results):
    while True:
        url = await queue.get()
        try:
            title, links = await fetch(url)
            digest = hashlib.sha256(title.encode()).hexdigest()
            results[url] = (title, digest)
            for link in links:
                absolute, _ = urldefrag(urljoin(url, link))
                if urlparse(absolute).netloc == "example.org" and absolute not in seen:
                    seen.add(absolute)
                    queue.put_nowait(absolute)
        except LookupError as e:
            results[url] = (str(e), None)
        finally:
            queue.task_done()


async def crawl(start, n_workers=3):
    queue = asyncio.Queue()
    seen = {start}
    results = {}
    queue.put_nowait(start)
    tasks = [asyncio.create_task(worker(queue, seen, results)) for _ in range(n_workers)]
    await queue.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return results


results = asyncio.run(crawl("https://example.org/"))
by_digest = {}
for url in sorted(results):
    title, digest = results[url]
    print(f"{urlparse(url).path:<14} {title:<28} {digest[:10] if digest else '-'}")
    if digest:
        by_digest.setdefault(digest, []).append(urlparse(url).path)
dupes = [paths for paths in by_digest.values() if len(paths) > 1]
print("pages:", len(results), "duplicates:", dupes)
