#!/usr/bin/env python3
"""Writes unidata.bin.gz, the Unicode tables package unidata embeds.

Run from this directory with the Python whose Unicode version gilpy follows
(3.11, Unicode 14.0):

    python3 gen.py

The file is a gzip stream of text sections, each starting with a line
"#name count" and followed by count lines:

  #start     ranges "lo hi" (hex) of code points c with c.isidentifier()
  #continue  ranges "lo hi" of code points c with ("a"+c).isidentifier()
  #printable ranges "lo hi" of code points c with c.isprintable()
  #nfkc      "cp hex..." the NFKC form of an identifier code point, where it
             differs from the code point itself
  #compose   "a b c": NFC composes the pair a, b into c
  #ranges    "lo hi PREFIX": code points named PREFIX followed by their hex
  #names     "delta NAME": the other named code points, in order, each
             given by its distance from the previous one
  #codecs    for each single-byte codec a line "name alias...", then a line
             of the 128 code points (hex, "-" if undefined) of bytes 0x80-0xFF
"""
import codecs
import encodings.aliases
import gzip
import re
import sys
import unicodedata

ALGO = re.compile(r'^(CJK UNIFIED IDEOGRAPH-|CJK COMPATIBILITY IDEOGRAPH-|'
                  r'TANGUT IDEOGRAPH-|KHITAN SMALL SCRIPT CHARACTER-|'
                  r'NUSHU CHARACTER-)([0-9A-F]+)$')


def ranges(pred):
    out, lo = [], None
    for cp in range(0x110001):
        ok = cp < 0x110000 and pred(cp)
        if ok and lo is None:
            lo = cp
        elif not ok and lo is not None:
            out.append('%x %x' % (lo, cp - 1))
            lo = None
    return out


def is_start(cp):
    return cp not in range(0xD800, 0xE000) and chr(cp).isidentifier()


def is_continue(cp):
    return cp not in range(0xD800, 0xE000) and ('a' + chr(cp)).isidentifier()


CODECS = ['cp1250', 'cp1251', 'cp1252', 'cp1253', 'cp1254', 'cp1255', 'cp1256',
          'cp1257', 'cp1258', 'koi8_r', 'koi8_u', 'iso8859_2', 'iso8859_3',
          'iso8859_4', 'iso8859_5', 'iso8859_6', 'iso8859_7', 'iso8859_8',
          'iso8859_9', 'iso8859_10', 'iso8859_13', 'iso8859_14', 'iso8859_15',
          'iso8859_16', 'mac_roman', 'cp437', 'cp850', 'cp866']


def single_byte_codecs():
    out = []
    for name in CODECS:
        aliases = sorted(a for a, m in encodings.aliases.aliases.items() if m == name)
        out.append(' '.join([name] + aliases))
        cps = []
        for b in range(0x80, 0x100):
            try:
                cps.append('%x' % ord(bytes([b]).decode(name)))
            except UnicodeDecodeError:
                cps.append('-')
        out.append(' '.join(cps))
    return out


def main():
    sections = []
    sections.append(('start', ranges(is_start)))
    sections.append(('continue', ranges(is_continue)))
    sections.append(('printable', ranges(lambda cp: chr(cp).isprintable())))
    nfkc = []
    for cp in range(0x80, 0x110000):
        if is_continue(cp):
            n = unicodedata.normalize('NFKC', chr(cp))
            if n != chr(cp):
                nfkc.append('%x %s' % (cp, ' '.join('%x' % ord(c) for c in n)))
    sections.append(('nfkc', nfkc))
    compose = []
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        d = unicodedata.decomposition(chr(cp))
        if not d or d.startswith('<'):
            continue
        parts = [int(x, 16) for x in d.split()]
        if len(parts) == 2 and unicodedata.normalize('NFC', chr(parts[0]) + chr(parts[1])) == chr(cp):
            compose.append('%x %x %x' % (parts[0], parts[1], cp))
    sections.append(('compose', compose))
    algo = {}
    names, prev = [], 0
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        m = ALGO.match(name)
        if m:
            algo.setdefault(m.group(1), []).append(cp)
            continue
        names.append('%x %s' % (cp - prev, name))
        prev = cp
    rs = []
    for prefix, cps in sorted(algo.items()):
        lo = cps[0]
        for a, b in zip(cps, cps[1:] + [None]):
            if b != a + 1:
                rs.append('%x %x %s' % (lo, a, prefix))
                lo = b
    sections.append(('ranges', rs))
    sections.append(('names', names))
    sections.append(('codecs', single_byte_codecs()))
    text = ''.join('#%s %d\n%s\n' % (n, len(l), '\n'.join(l)) for n, l in sections)
    with open('unidata.bin.gz', 'wb') as f:
        f.write(gzip.compress(text.encode('ascii'), 9, mtime=0))
    print('Unicode', unicodedata.unidata_version, {n: len(l) for n, l in sections}, file=sys.stderr)


def check_aliases():
    """Checks that every alias in aliases.txt names its code point."""
    for line in open('aliases.txt'):
        if line.startswith('#'):
            continue
        cp, name = line.rstrip('\n').split(';')
        assert unicodedata.lookup(name) == chr(int(cp, 16)), line


if __name__ == '__main__':
    check_aliases()
    main()
