"""What the learner sees: ipywidgets in JupyterLab, the same content as plain text elsewhere.

Every display carries a ``text/plain`` version, so nbval, VS Code, a terminal and
a saved notebook all show the result even where widgets do not render.
"""

from __future__ import annotations

import html

from .timing import format_ms

BROKEN, YOURS, NEUTRAL = "#d9534f", "#2e8b57", "#4a78b5"
WIDTH = 36  # characters of the longest text bar


def in_kernel() -> bool:
    """True inside a Jupyter kernel (a notebook, nbval), False in a terminal."""
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and hasattr(shell, "kernel")


def show(text: str, widget=None, html_text: str | None = None, markdown: str | None = None) -> None:
    """Display ``widget``, ``html_text`` or ``markdown`` with ``text`` as the plain fallback.

    In a terminal, print ``text``.
    """
    if not in_kernel():
        print(text)
        return
    from IPython.display import display

    bundle = {"text/plain": text}
    if widget is not None:
        bundle.update(widget._repr_mimebundle_())
        bundle["text/plain"] = text
    elif html_text is not None:
        bundle["text/html"] = html_text
    elif markdown is not None:
        bundle["text/markdown"] = markdown
    display(bundle, raw=True)


def text_bar(value: float, largest: float, width: int = WIDTH) -> str:
    cells = max(1, round(width * value / largest)) if value > 0 and largest > 0 else 0
    return "█" * cells + " " * (width - cells)


def race(rows: list[tuple[str, float]], title: str = "", note: str = "") -> None:
    """Horizontal bars, one per (label, milliseconds), the first row drawn as 'broken'."""
    largest = max((ms for _, ms in rows), default=0.0)
    pad = max((len(label) for label, _ in rows), default=0)
    lines = [title] if title else []
    lines += [f"{label:<{pad}}  {text_bar(ms, largest)}  {format_ms(ms)}" for label, ms in rows]
    if note:
        lines.append(note)
    widget = None
    if in_kernel():
        import ipywidgets as w

        items = [w.HTML(f"<b>{html.escape(title)}</b>")] if title else []
        for index, (label, ms) in enumerate(rows):
            bar = w.FloatProgress(value=ms, min=0, max=largest or 1,
                                  layout=w.Layout(width="60%"))
            bar.style.bar_color = BROKEN if index == 0 and len(rows) > 1 else YOURS
            items.append(w.HBox([w.Label(label, layout=w.Layout(width="10em")), bar,
                                 w.Label(format_ms(ms))]))
        if note:
            items.append(w.HTML(f"<b>{html.escape(note)}</b>"))
        widget = w.VBox(items)
    show("\n".join(lines), widget=widget)


def counted(count: int, unit: str) -> str:
    """``1 statement``, ``101 statements``."""
    return f"{count:,} {unit[:-1] if count == 1 and unit.endswith('s') else unit}".rstrip()


def counts(rows: list[tuple[str, int]], title: str = "", unit: str = "",
           colors: list[str] | None = None) -> None:
    """Bars of whole numbers, one per (label, count): calls, statements, connections, fds.

    The first row is drawn as 'broken' unless ``colors`` gives one colour per row.
    """
    if colors is None:
        colors = [BROKEN if index == 0 and len(rows) > 1 else YOURS for index in range(len(rows))]
    largest = max((count for _, count in rows), default=0)
    pad = max((len(label) for label, _ in rows), default=0)
    lines = [title] if title else []
    lines += [f"{label:<{pad}}  {text_bar(count, largest)}  {counted(count, unit)}"
              for label, count in rows]
    row, left, plot = 22, 230, 300
    parts = [f'<svg width="{left + plot + 120}" height="{row * len(rows) + 8}" '
             f'xmlns="http://www.w3.org/2000/svg" style="font:12px sans-serif">']
    for index, ((label, count), color) in enumerate(zip(rows, colors, strict=True)):
        y = 4 + index * row
        width = plot * count / largest if largest else 0
        parts.append(f'<text x="{left - 6}" y="{y + 13}" text-anchor="end">{html.escape(label)}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{max(width, 1.5):.1f}" height="16" rx="3" '
                     f'fill="{color}"/>')
        parts.append(f'<text x="{left + width + 6:.1f}" y="{y + 13}" fill="#555">'
                     f'{html.escape(counted(count, unit))}</text>')
    parts.append("</svg>")
    heading = f"<b>{html.escape(title)}</b><br>" if title else ""
    show("\n".join(lines), html_text=heading + "".join(parts))


def timeline(intervals: list[tuple[str, float, float]], title: str = "",
             color: str = NEUTRAL) -> None:
    """A waterfall: one bar per (label, start s, end s), so overlap (or its absence) is visible."""
    if not intervals:
        show(f"{title}\n(no requests reached the server)")
        return
    end = max(stop for _, _, stop in intervals) or 1e-9
    pad = max(len(label) for label, _, _ in intervals)
    lines = [title] if title else []
    lines.append(f"{'':<{pad}}  0 ms{'':>{WIDTH - 10}}{end * 1000:>6.0f} ms")
    for label, start, stop in intervals:
        first = round(WIDTH * start / end)
        cells = max(1, round(WIDTH * (stop - start) / end))
        lines.append(f"{label:<{pad}}  {' ' * first}{'█' * cells}")
    row, left, plot = 22, 150, 420
    height = row * len(intervals) + 30
    parts = [f'<svg width="{left + plot + 70}" height="{height}" '
             f'xmlns="http://www.w3.org/2000/svg" style="font:12px sans-serif">']
    for index, (label, start, stop) in enumerate(intervals):
        y = 6 + index * row
        x = left + plot * start / end
        width = max(2.0, plot * (stop - start) / end)
        parts.append(f'<text x="{left - 6}" y="{y + 13}" text-anchor="end">{html.escape(label)}</text>')
        parts.append(f'<rect x="{x:.1f}" y="{y}" width="{width:.1f}" height="16" rx="3" fill="{color}"/>')
        parts.append(f'<text x="{x + width + 4:.1f}" y="{y + 13}" fill="#555">'
                     f'{(stop - start) * 1000:.0f} ms</text>')
    axis = 6 + len(intervals) * row + 14
    parts.append(f'<text x="{left}" y="{axis}" fill="#555">0</text>')
    parts.append(f'<text x="{left + plot}" y="{axis}" text-anchor="end" fill="#555">'
                 f'{end * 1000:.0f} ms</text></svg>')
    heading = f"<b>{html.escape(title)}</b><br>" if title else ""
    show("\n".join(lines), html_text=heading + "".join(parts))


def stalls(samples: list[tuple[float, float]], title: str = "", limit_ms: float = 50.0) -> None:
    """The event loop's lag over time: tall bars are moments when nothing else could run."""
    if not samples:
        show(f"{title}\n(no heartbeat recorded)")
        return
    worst = max(lag for _, lag in samples)
    buckets = [0.0] * WIDTH
    end = samples[-1][0] or 1e-9
    for at, lag in samples:
        index = min(WIDTH - 1, int(WIDTH * at / end))
        buckets[index] = max(buckets[index], lag)
    levels = " ▁▂▃▄▅▆▇█"
    scale = max(worst, limit_ms)
    spark = "".join(levels[min(8, round(8 * lag / scale))] for lag in buckets)
    text = f"{title}\n|{spark}| worst stall {worst:.0f} ms over {end * 1000:.0f} ms"
    width, height = 480, 80
    bar = width / WIDTH
    rects = "".join(
        f'<rect x="{i * bar:.1f}" y="{height - height * lag / scale:.1f}" width="{bar - 1:.1f}" '
        f'height="{height * lag / scale:.1f}" fill="{BROKEN if lag > limit_ms else YOURS}"/>'
        for i, lag in enumerate(buckets)
    )
    line_y = height - height * limit_ms / scale
    svg = (f'<svg width="{width + 110}" height="{height + 20}" xmlns="http://www.w3.org/2000/svg" '
           f'style="font:12px sans-serif">{rects}'
           f'<line x1="0" x2="{width}" y1="{line_y:.1f}" y2="{line_y:.1f}" stroke="#999" '
           f'stroke-dasharray="4"/><text x="{width + 4}" y="{line_y + 4:.1f}" fill="#555">'
           f'{limit_ms:.0f} ms</text><text x="0" y="{height + 16}" fill="#555">worst stall '
           f'{worst:.0f} ms over {end * 1000:.0f} ms</text></svg>')
    heading = f"<b>{html.escape(title)}</b><br>" if title else ""
    show(text, html_text=heading + svg)


def code(obj) -> None:
    """Show the source of a function or module, highlighted."""
    import inspect

    source = inspect.getsource(obj)
    show(source, markdown=f"```python\n{source}\n```")


class Status:
    """One line that updates in place in a notebook (a Label widget); printed lines elsewhere."""

    def __init__(self, first: str):
        self._widget = None
        if in_kernel():
            import ipywidgets as w

            self._widget = w.Label(first)
            show(first, widget=self._widget)
        else:
            print(first)

    def update(self, text: str) -> None:
        if self._widget is not None:
            self._widget.value = text
        else:
            print(text)
