"""Reads a TwinTowns CSV export with Python's csv module (no code shared with the Java writer), as a
re-user's script would, for OpenDataExportsIT:

    python3 open_data_csv.py FILE CSVW_METADATA_FILE ID...

The header must be the columns of the CSV on the Web metadata, every row as long as the header, and
every ID a row's id. Prints the rows read; exits 1 with the reasons when anything is wrong.
"""
import csv
import json
import sys

path, metadata_path, ids = sys.argv[1], sys.argv[2], sys.argv[3:]
problems = []
raw = open(path, 'rb').read()
if not raw.startswith(b'\xef\xbb\xbf'):
    problems.append('no UTF-8 byte order mark')
columns = [c['name'] for c in json.load(open(metadata_path, encoding='utf-8'))['tableSchema']['columns']]
with open(path, newline='', encoding='utf-8-sig') as f:
    rows = list(csv.reader(f, strict=True))
if rows[0] != columns:
    problems.append('header %r is not the metadata columns %r' % (rows[0], columns))
for number, row in enumerate(rows[1:], 2):
    if len(row) != len(columns):
        problems.append('row %d has %d fields, not %d' % (number, len(row), len(columns)))
found = {row[0] for row in rows[1:]}
for wanted in ids:
    if wanted not in found:
        problems.append('no row with id %s' % wanted)
print('%s: %d rows' % (path, len(rows) - 1))
if problems:
    print('\n'.join(problems))
    sys.exit(1)
