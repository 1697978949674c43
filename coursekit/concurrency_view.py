"""A picture of concurrency, with a text fallback: requests in flight over time.

``in_flight(seen.timeline(), limit=5)`` draws how many requests the server was working on
at each moment, from the slow API's recorded intervals (``in_flight_steps`` and
``busy_profile`` give the numbers behind it). Counts, such as the connections a server
accepted, are ``widgets.counts``.
"""

from __future__ import annotations

import html

from .widgets import BROKEN, NEUTRAL, show

WIDTH = 60  # columns of the text chart
ROWS = 8  # rows of the text chart


def in_flight_steps(intervals) -> list[tuple[float, int]]:
    """(time s, requests in flight from then on), one entry per change, from (label, start, end)."""
    events = sorted([(start, 1) for _, start, _ in intervals] +
                    [(end, -1) for _, _, end in intervals],
                    key=lambda event: (event[0], event[1]))  # an end before a start at the same time
    steps, count = [], 0
    for at, change in events:
        count += change
        if steps and steps[-1][0] == at:
            steps[-1] = (at, count)
        else:
            steps.append((at, count))
    return steps


def busy_profile(intervals, columns: int = WIDTH) -> tuple[list[int], float]:
    """The most requests in flight during each of ``columns`` equal slices, and the end time."""
    steps = in_flight_steps(intervals)
    if not steps:
        return [0] * columns, 0.0
    end = steps[-1][0] or 1e-9
    profile = [0] * columns
    for index, (at, count) in enumerate(steps):
        until = steps[index + 1][0] if index + 1 < len(steps) else end
        first = min(columns - 1, int(columns * at / end))
        last = min(columns - 1, int(columns * until / end - 1e-9))
        for column in range(first, max(first, last) + 1):
            profile[column] = max(profile[column], count)
    return profile, end


def _text(profile: list[int], end: float, top: int, limit: int | None, title: str) -> str:
    lines = [title] if title else []
    for row in range(ROWS, 0, -1):
        level = top * row / ROWS
        cells = "".join("█" if count >= level - 1e-9 else " " for count in profile)
        label = f"{level:>5.0f} |" if row in (ROWS, ROWS // 2) else "      |"
        mark = "  ← limit" if limit and abs(level - limit) < top / ROWS / 2 else ""
        lines.append(f"{label}{cells}{mark}")
    lines.append(f"    0 +{'-' * len(profile)}")
    lines.append(f"       0 ms{'':>{len(profile) - 14}}{end * 1000:>6.0f} ms")
    return "\n".join(lines)


def in_flight(intervals, title: str = "", limit: int | None = None,
              color: str = NEUTRAL) -> None:
    """Requests in flight at the server over time; a dashed line marks ``limit`` when given."""
    intervals = list(intervals)
    if not intervals:
        show(f"{title}\n(no requests reached the server)")
        return
    profile, end = busy_profile(intervals)
    peak = max(profile)
    top = max(peak, limit or 0, 1)
    summary = f"{len(intervals)} requests, at most {peak} in flight at once"
    if limit:
        summary += f" (limit {limit})"
    text = _text(profile, end, top, limit, title) + "\n" + summary

    width, height, left = 480, 120, 40
    column = width / len(profile)
    points = [f"{left},{height}"]
    for index, count in enumerate(profile):
        y = height - height * count / top
        points += [f"{left + index * column:.1f},{y:.1f}", f"{left + (index + 1) * column:.1f},{y:.1f}"]
    points.append(f"{left + width},{height}")
    parts = [f'<svg width="{left + width + 80}" height="{height + 34}" '
             f'xmlns="http://www.w3.org/2000/svg" style="font:12px sans-serif">',
             f'<polygon points="{" ".join(points)}" fill="{color}" fill-opacity="0.8"/>',
             f'<line x1="{left}" x2="{left + width}" y1="{height}" y2="{height}" stroke="#999"/>',
             f'<text x="{left - 4}" y="10" text-anchor="end" fill="#555">{top}</text>',
             f'<text x="{left - 4}" y="{height}" text-anchor="end" fill="#555">0</text>',
             f'<text x="{left}" y="{height + 14}" fill="#555">0 ms</text>',
             f'<text x="{left + width}" y="{height + 14}" text-anchor="end" fill="#555">'
             f'{end * 1000:.0f} ms</text>',
             f'<text x="{left}" y="{height + 30}" fill="#555">{html.escape(summary)}</text>']
    if limit:
        y = height - height * limit / top
        parts.append(f'<line x1="{left}" x2="{left + width}" y1="{y:.1f}" y2="{y:.1f}" '
                     f'stroke="{BROKEN}" stroke-dasharray="5"/>')
        parts.append(f'<text x="{left + width + 4}" y="{y + 4:.1f}" fill="{BROKEN}">'
                     f'limit {limit}</text>')
    parts.append("</svg>")
    heading = f"<b>{html.escape(title)}</b><br>" if title else ""
    show(text, html_text=heading + "".join(parts))
