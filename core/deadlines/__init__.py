"""Deadlines: reading "Thời gian hoàn thành" phrases as dates, tracking, calendar export.

Public API (pure Python, no Qt)::

    parse(phrase) -> Deadline            # .kind, .due_in(start, end), .explanation …
    interpret(phrase, start, end)        # the JSON printed by ``main.py deadline``
    plan_deadlines(plan, start, end, today) / occurrences(...)
    state_of(due, done_date, today)      # done_on_time | done_late | pending | overdue
    mark_done / set_event_date / set_reading   # return touched ids for PlanStore.sync
    deadline_notice(plan, today, lang=)  # reminder text on opening a plan (vi default, en)
    state_label(state, lang)             # the state's words (official Vietnamese, or English)
    to_ics / write_ics                   # RFC 5545 export
    add_workdays / is_workday            # Vietnamese working days (holidays package)
"""
from .explain import en_date, fmt_date, vn_date
from .ics import to_ics, write_ics
from .occurrences import (
                          STATE_EN,
                          STATE_VI,
                          STATES,
                          Occurrence,
                          PlanDeadlines,
                          Undated,
                          clear_reading,
                          deadline_notice,
                          default_window,
                          event_dates,
                          is_confirmed,
                          mark_done,
                          notice_counts,
                          occurrences,
                          plan_deadlines,
                          plan_span,
                          row_phrase,
                          row_reading,
                          set_event_date,
                          set_reading,
                          state_label,
                          state_of,
                          window_start,
)
from .parse import KINDS, Deadline, EventRef, Period, Rule, clean_phrase, interpret, parse
from .workdays import add_workdays, holidays_of, is_workday, workdays_between

__all__ = [
    "KINDS", "STATES", "STATE_EN", "STATE_VI", "Deadline", "EventRef", "Period", "Rule", "Occurrence", "PlanDeadlines",
    "Undated", "add_workdays", "clean_phrase", "clear_reading", "deadline_notice", "default_window", "window_start",
    "event_dates", "holidays_of", "interpret", "is_confirmed", "is_workday", "mark_done", "notice_counts",
    "occurrences", "parse", "plan_deadlines", "plan_span", "row_phrase", "row_reading", "set_event_date",
    "set_reading", "state_label", "state_of", "to_ics", "vn_date", "en_date", "fmt_date", "workdays_between", "write_ics",
]
