#!/usr/bin/python3
"""Parses an iCalendar feed (stdin) with python3-icalendar and prints what a calendar program would see as
JSON: the calendar's properties and each event's, times as UTC ISO-8601. Exits 1, naming the problem, when the
text does not parse, when the parser recorded errors, or when a required property (RFC 5545: VERSION and
PRODID of the calendar; UID, DTSTAMP and DTSTART of an event) is missing."""
import datetime
import json
import sys

import icalendar


def text(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if hasattr(value, "dt"):
        dt = value.dt
        if isinstance(dt, datetime.datetime) and dt.tzinfo is None:
            raise ValueError(f"floating time {dt} (a feed's times are UTC)")
        return dt.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return str(value)


def main():
    raw = sys.stdin.buffer.read()
    try:
        calendar = icalendar.Calendar.from_ical(raw)
    except Exception as e:  # the parser's own refusal
        print(f"not parsed: {e}")
        return 1
    problems = []
    out = {"calendar": {}, "events": []}
    for name in ("VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "REFRESH-INTERVAL"):
        if name in calendar:
            out["calendar"][name] = str(calendar[name])
    for required in ("VERSION", "PRODID"):
        if required not in calendar:
            problems.append(f"VCALENDAR lacks {required}")
    for component in calendar.walk():
        problems += [f"{component.name}: {e}" for e in getattr(component, "errors", [])]
        if component.name != "VEVENT":
            continue
        event = {}
        for name in ("UID", "SUMMARY", "STATUS", "LOCATION", "DESCRIPTION"):
            if name in component:
                event[name] = str(component[name])
        for name in ("DTSTAMP", "DTSTART", "DTEND", "CREATED", "LAST-MODIFIED"):
            if name in component:
                try:
                    event[name] = text(component[name])
                except ValueError as e:
                    problems.append(f"{name}: {e}")
        for required in ("UID", "DTSTAMP", "DTSTART"):
            if required not in component:
                problems.append(f"VEVENT lacks {required}")
        out["events"].append(event)
    if problems:
        print("\n".join(problems))
        return 1
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
