"""Deadline widgets (calendar, agenda, reading editor) over core.deadlines.

The names are loaded on first use: ``gui.calendar.notice`` (the reminder bar the window builds at
start-up) must not pull in the deadline reader and the calendar views before the first paint."""
__all__ = ["AgendaView", "CalendarView", "DeadlineEditor", "deadline_icon", "deadline_tooltip"]


def __getattr__(name):
    if name in __all__:
        from . import view
        return getattr(view, name)
    raise AttributeError(name)
