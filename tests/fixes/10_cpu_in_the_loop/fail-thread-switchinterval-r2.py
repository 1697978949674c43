"""asyncio.to_thread plus sys.setswitchinterval(0.0005) at import, "so the loop gets the GIL back every 0.5 ms".

BUG: two documents are never scored in parallel, and the scoring still takes the service's own
CPU time and GIL: the work stays in this process, on a thread, holding the GIL. The smaller
switch interval hides this from a heartbeat (stalls look short) by changing a process-wide
interpreter setting on import, which slows every other thread of the app with extra GIL
hand-offs.
"""
import asyncio
import sys

__all__ = ["handle_score", "readability"]

# Hand the GIL back to the event loop's thread every 0.5 ms instead of every 5 ms,
# so that scoring on a worker thread cannot stall the loop noticeably.
sys.setswitchinterval(0.0005)

VOWELS = frozenset("aeiouy")


def readability(text: str) -> dict:
    words = sentences = syllables = 0
    for word in text.split():
        words += 1
        if word[-1] in ".!?":
            sentences += 1
        count, previous = 0, False
        for char in word.lower():  # a syllable starts at each group of vowels
            vowel = char in VOWELS
            if vowel and not previous:
                count += 1
            previous = vowel
        syllables += max(1, count)
    sentences = max(1, sentences)
    ease = 206.835 - 1.015 * words / sentences - 84.6 * syllables / max(1, words)
    return {"words": words, "sentences": sentences, "syllables": syllables,
            "reading_ease": round(ease, 1)}


async def handle_score(text: str) -> dict:
    return await asyncio.to_thread(readability, text)
