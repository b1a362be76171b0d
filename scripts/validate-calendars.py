#!/usr/bin/env python3
"""Parses every iCalendar feed (.ics) of a built Orden site with the icalendar library.

Each file must parse; be a VCALENDAR with VERSION 2.0 and a PRODID; have lines of at most 75
octets ending in CRLF (RFC 5545 3.1); and each VEVENT must have a UID unique in the file, a
DTSTAMP, an all-day DTSTART (a date) with DTEND the next day, a SUMMARY, and alarms whose
TRIGGER is a duration before the event. Exits 1 on any failure.

Usage: validate-calendars.py SITE_DIR
"""
import datetime
import pathlib
import sys

import icalendar


def check(path: pathlib.Path) -> list[str]:
    problems = []
    raw = path.read_bytes()
    if not raw.endswith(b"\r\n"):
        problems.append("does not end in CRLF")
    for number, line in enumerate(raw.split(b"\r\n"), start=1):
        if b"\n" in line:
            problems.append(f"line {number}: a bare LF")
        if len(line) > 75:
            problems.append(f"line {number}: {len(line)} octets, more than 75")
    calendar = icalendar.Calendar.from_ical(raw)
    if calendar.name != "VCALENDAR" or str(calendar.get("VERSION")) != "2.0" or not calendar.get("PRODID"):
        problems.append("not a VCALENDAR 2.0 with a PRODID")
    uids = set()
    events = calendar.walk("VEVENT")
    for event in events:
        uid = str(event.get("UID", ""))
        if not uid or uid in uids:
            problems.append(f"event {uid!r}: missing or repeated UID")
        uids.add(uid)
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        if isinstance(start, datetime.datetime) or not isinstance(start, datetime.date):
            problems.append(f"event {uid}: DTSTART is not a date")
        elif end != start + datetime.timedelta(days=1):
            problems.append(f"event {uid}: DTEND is not the day after DTSTART")
        if not event.get("DTSTAMP") or not event.get("SUMMARY"):
            problems.append(f"event {uid}: no DTSTAMP or SUMMARY")
        for alarm in event.walk("VALARM"):
            trigger = alarm.decoded("TRIGGER")
            if not isinstance(trigger, datetime.timedelta) or trigger >= datetime.timedelta(0):
                problems.append(f"event {uid}: an alarm's TRIGGER is not before the event")
    return problems, len(events)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    files = sorted(pathlib.Path(sys.argv[1]).rglob("*.ics"))
    if not files:
        print(f"error: no .ics file under {sys.argv[1]}", file=sys.stderr)
        return 1
    failures, events = 0, 0
    for path in files:
        try:
            problems, count = check(path)
        except Exception as error:  # a parse error is a failure, whatever its type
            problems, count = [f"does not parse: {error}"], 0
        events += count
        for problem in problems:
            print(f"FAIL {path}: {problem}")
        failures += len(problems)
    print(f"parsed {len(files)} calendars with {events} events (icalendar {icalendar.__version__}): {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
