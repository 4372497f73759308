"""Reads what TwinTowns wrote with parsers that share no code with it: Python's icalendar and
feedparser, as subscribers' calendar apps and feed readers do. Run by IndependentParsersIT:

    python3 independent_parsers.py calendar FILE MOVED_EVENT_UID JOIN_URL [PLACED_EVENT_UID LATITUDE LONGITUDE]
    python3 independent_parsers.py feed FILE SELF_PATH HEADLINE BYLINE

Prints what it found and exits 1 with the reasons when anything is wrong.
"""
import sys

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def calendar(path, moved_uid, join_url, placed_uid=None, latitude=None, longitude=None):
    import icalendar
    raw = open(path, 'rb').read()
    for number, line in enumerate(raw.split(b'\r\n'), 1):
        check(len(line) <= 75, 'line %d has %d octets (RFC 5545 3.1: at most 75)' % (number, len(line)))
    cal = icalendar.Calendar.from_ical(raw)
    events = cal.walk('VEVENT')
    check(len(events) > 0, 'no VEVENT')
    for event in events:
        stamp = event.get('DTSTAMP')
        # Two DTSTAMPs come back as a list, which has no .dt: what broke subscribers before.
        check(hasattr(stamp, 'dt'), 'VEVENT %s: DTSTAMP is %r, not one date-time' % (event.get('UID'), stamp))
        if str(event.get('UID', '')).startswith(moved_uid):
            check(str(event.get('LOCATION')) == join_url,
                  'the event moved online shows LOCATION %r, not %r' % (event.get('LOCATION'), join_url))
            check(event.get('GEO') is None, 'the event moved online shows GEO %r' % event.get('GEO'))
        if placed_uid and str(event.get('UID', '')).startswith(placed_uid):
            geo = event.get('GEO')
            # RFC 5545 3.8.1.6: GEO is latitude;longitude.
            check(geo is not None and (float(geo.latitude), float(geo.longitude)) == (float(latitude), float(longitude)),
                  'the event at its venue shows GEO %r, not %s;%s' % (geo and geo.to_ical(), latitude, longitude))
            placed_uid = 'seen:' + placed_uid
    check(not placed_uid or placed_uid.startswith('seen:'), 'the event at its venue %r is not in the calendar' % placed_uid)
    print('calendar: %d events, %d lines' % (len(events), raw.count(b'\r\n')))


def feed(path, self_url, headline, byline):  # self_url: the path and query asked for
    import feedparser
    parsed = feedparser.parse(open(path, 'rb').read())
    check(not parsed.bozo, 'not well-formed: %r' % parsed.get('bozo_exception'))
    selves = [link.get('href') for link in parsed.feed.get('links', []) if link.get('rel') == 'self']
    check(len(selves) == 1 and selves[0].startswith('http') and selves[0].endswith(self_url),
          'rel="self" links %r, expected one absolute URL ending in %r' % (selves, self_url))
    ours = [entry for entry in parsed.entries if entry.get('title') == headline]
    check(len(ours) == 1, 'the item %r is not in the feed once: %r' % (headline, [e.get('title') for e in parsed.entries]))
    for entry in ours:
        check(entry.get('published_parsed') is not None or entry.get('updated_parsed') is not None,
              'the item has no date feedparser reads')
        check(byline in (entry.get('author') or ''), 'the item is by %r, not %r' % (entry.get('author'), byline))
    print('feed %s: version %s, %d entries' % (path, parsed.version, len(parsed.entries)))


if __name__ == '__main__':
    {'calendar': calendar, 'feed': feed}[sys.argv[1]](*sys.argv[2:])
    if problems:
        print('\n'.join(problems))
        sys.exit(1)
