#!/usr/bin/env python3
"""Writes ucd.bin.gz, the character database package ucd embeds for the
unicodedata module.

Run from this directory with CPython 3.11 (Unicode 14.0.0):

    python3 gen.py

The file is a gzip stream of text sections, each starting with a line
"#name count" and followed by count lines:

  #records  "category bidirectional combining east_asian_width mirrored":
            the distinct property records, numbered from 0
  #runs     "start record" (start in hex): from start up to the next run's
            start, every code point has that record
  #numeric  "cp decimal digit numeric" (hex cp; "-" where a value is
            missing; numeric as Python's repr of the float)
  #decomp   "cp decomposition" for every code point with one, as
            unicodedata.decomposition gives it, Hangul syllables excepted
  #nfd      "cp hex..." the NFD of each code point that changes under NFD
            (Hangul syllables excepted)
  #nfkd     "cp hex..." likewise for NFKD, where it differs from the NFD
  #compose  "a b c": canonical composition joins a and b into c
"""
import gzip
import sys
import unicodedata as u

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
assert u.unidata_version == "14.0.0"

MAX = 0x110000


def hangul(cp):
    return 0xAC00 <= cp <= 0xD7A3


def main():
    records, index, runs = [], {}, []
    prev = None
    for cp in range(MAX):
        c = chr(cp)
        rec = '%s %s %d %s %d' % (u.category(c), u.bidirectional(c) or '-', u.combining(c),
                                  u.east_asian_width(c), u.mirrored(c))
        if rec not in index:
            index[rec] = len(records)
            records.append(rec)
        i = index[rec]
        if i != prev:
            runs.append('%x %d' % (cp, i))
            prev = i

    numeric, decomp, nfd, nfkd, compose = [], [], [], [], []
    for cp in range(MAX):
        c = chr(cp)
        num = u.numeric(c, None)
        if num is not None:
            dec = u.decimal(c, None)
            dig = u.digit(c, None)
            numeric.append('%x %s %s %r' % (cp, '-' if dec is None else dec, '-' if dig is None else dig, num))
        if hangul(cp) or 0xD800 <= cp <= 0xDFFF:
            continue
        d = u.decomposition(c)
        if d:
            decomp.append('%x %s' % (cp, d))
        a = u.normalize('NFD', c)
        if a != c:
            nfd.append('%x %s' % (cp, ' '.join('%x' % ord(x) for x in a)))
        b = u.normalize('NFKD', c)
        if b != a:
            nfkd.append('%x %s' % (cp, ' '.join('%x' % ord(x) for x in b)))
        if d and not d.startswith('<'):
            parts = [int(x, 16) for x in d.split()]
            if len(parts) == 2 and u.normalize('NFC', c) == c:
                compose.append('%x %x %x' % (parts[0], parts[1], cp))

    sections = [('records', records), ('runs', runs), ('numeric', numeric), ('decomp', decomp),
                ('nfd', nfd), ('nfkd', nfkd), ('compose', compose)]
    text = ''.join('#%s %d\n%s\n' % (name, len(lines), '\n'.join(lines)) for name, lines in sections)
    with gzip.GzipFile('ucd.bin.gz', 'wb', mtime=0) as f:
        f.write(text.encode())
    for name, lines in sections:
        print(name, len(lines))


main()
