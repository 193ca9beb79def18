"""Deadline widgets (calendar, agenda, reading editor) over core.deadlines."""
from .view import AgendaView, CalendarView, DeadlineEditor, deadline_icon, deadline_tooltip

__all__ = ["AgendaView", "CalendarView", "DeadlineEditor", "deadline_icon", "deadline_tooltip"]
