package time

import (
	"strconv"
	"strings"
)

// strftime formats b as the C library's strftime does in the C locale
// (CPython hands the format to it): GNU's conversions, flags (_ - 0 ^ #),
// field widths and E/O modifiers, and a malformed conversion copied as
// it is. tzname is used for %Z when the time carries no zone of its own.
func strftime(format string, b tm, tzname [2]string) string {
	var out strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			out.WriteByte(c)
			continue
		}
		start := i
		var pad byte
		upper, swap := false, false
	flags:
		for i+1 < len(format) {
			switch format[i+1] {
			case '_', '-', '0', '+':
				pad = format[i+1]
			case '^':
				upper = true
			case '#':
				swap = true
			default:
				break flags
			}
			i++
		}
		width := -1
		for i+1 < len(format) && format[i+1] >= '0' && format[i+1] <= '9' {
			if width < 0 {
				width = 0
			}
			if width < 1<<20 {
				width = width*10 + int(format[i+1]-'0')
			}
			i++
		}
		var mod byte
		if i+1 < len(format) && (format[i+1] == 'E' || format[i+1] == 'O') {
			mod = format[i+1]
			i++
		}
		if i+1 >= len(format) {
			// The format ends inside a conversion: copy it as it is.
			padText(&out, format[start:], width, pad)
			break
		}
		i++
		f := fmtField{pad: pad, width: width, upper: upper}
		bad := false
		switch conv := format[i]; conv {
		case '%':
			bad = mod != 0
			f.text(&out, "%")
		case 'a', 'A':
			bad = mod != 0
			names := weekdayAbbr[:]
			if conv == 'A' {
				names = weekdayName[:]
			}
			f.upper = upper || swap
			f.text(&out, pick(names, b.wday))
		case 'b', 'h', 'B':
			bad = mod == 'E'
			names := monthAbbr[:]
			if conv == 'B' {
				names = monthName[:]
			}
			f.upper = upper || swap
			f.text(&out, pick(names, b.mon))
		case 'c':
			bad = mod == 'O'
			f.text(&out, strftime("%a %b %e %H:%M:%S %Y", b, tzname))
		case 'C':
			y := int64(b.year) + 1900
			cent := y / 100
			if y%100 < 0 {
				cent--
			}
			f.number(&out, cent, 1, '0')
		case 'd':
			bad = mod == 'E'
			f.number(&out, int64(b.mday), 2, '0')
		case 'e':
			bad = mod == 'E'
			f.number(&out, int64(b.mday), 2, '_')
		case 'D':
			bad = mod != 0
			f.text(&out, strftime("%m/%d/%y", b, tzname))
		case 'F':
			bad = mod != 0
			f.text(&out, strftime("%Y-%m-%d", b, tzname))
		case 'g', 'G', 'V':
			bad = mod == 'E'
			year, week := isoWeek(b)
			switch conv {
			case 'G':
				f.number(&out, year, 1, '0')
			case 'g':
				f.number(&out, (year%100+100)%100, 2, '0')
			default:
				f.number(&out, int64(week), 2, '0')
			}
		case 'H':
			bad = mod == 'E'
			f.number(&out, int64(b.hour), 2, '0')
		case 'I':
			bad = mod == 'E'
			f.number(&out, int64(hour12(b.hour)), 2, '0')
		case 'k':
			bad = mod == 'E'
			f.number(&out, int64(b.hour), 2, '_')
		case 'l':
			bad = mod == 'E'
			f.number(&out, int64(hour12(b.hour)), 2, '_')
		case 'j':
			bad = mod == 'E'
			f.number(&out, int64(b.yday)+1, 3, '0')
		case 'm':
			bad = mod == 'E'
			f.number(&out, int64(b.mon)+1, 2, '0')
		case 'M':
			bad = mod == 'E'
			f.number(&out, int64(b.min), 2, '0')
		case 'n':
			f.text(&out, "\n")
		case 't':
			f.text(&out, "\t")
		case 'p', 'P':
			s := "AM"
			if b.hour >= 12 {
				s = "PM"
			}
			if conv == 'P' || swap {
				s = strings.ToLower(s)
				f.upper = false
			}
			f.text(&out, s)
		case 'r':
			f.text(&out, strftime("%I:%M:%S %p", b, tzname))
		case 'R':
			f.text(&out, strftime("%H:%M", b, tzname))
		case 'T':
			f.text(&out, strftime("%H:%M:%S", b, tzname))
		case 's':
			f.number(&out, int64(mktimeTM(b, localZoneInfo())), 1, '0')
		case 'S':
			bad = mod == 'E'
			f.number(&out, int64(b.sec), 2, '0')
		case 'u':
			bad = mod == 'E'
			f.number(&out, int64((b.wday+6)%7+1), 1, '0')
		case 'U':
			bad = mod == 'E'
			f.number(&out, int64((b.yday-b.wday+7)/7), 2, '0')
		case 'W':
			bad = mod == 'E'
			f.number(&out, int64((b.yday-(b.wday+6)%7+7)/7), 2, '0')
		case 'w':
			bad = mod == 'E'
			f.number(&out, int64(b.wday), 1, '0')
		case 'x':
			bad = mod == 'O'
			f.text(&out, strftime("%m/%d/%y", b, tzname))
		case 'X':
			bad = mod == 'O'
			f.text(&out, strftime("%H:%M:%S", b, tzname))
		case 'y':
			y := int64(b.year) + 1900
			f.number(&out, (y%100+100)%100, 2, '0')
		case 'Y':
			bad = mod == 'O'
			f.number(&out, int64(b.year)+1900, 1, '0')
		case 'z':
			if b.isdst < 0 {
				break
			}
			off := b.gmtoff
			sign := int64(1)
			if off < 0 {
				sign, off = -1, -off
			}
			f.signed(&out, sign, int64(off/3600*100+off/60%60), 4)
		case 'Z':
			zone := ""
			if b.hasZone {
				zone = b.zone
			}
			if zone == "" && b.isdst >= 0 {
				zone = tzname[min(b.isdst, 1)]
			}
			if swap {
				zone = strings.ToLower(zone)
				f.upper = false
			}
			f.text(&out, zone)
		default:
			bad = true
		}
		if bad {
			// Roll back whatever the conversion wrote: a malformed one is
			// copied from its '%' as it is, padded to the width.
			s := out.String()
			out.Reset()
			out.WriteString(s[:len(s)-f.wrote])
			padText(&out, format[start:i+1], width, pad)
		}
	}
	return out.String()
}

// fmtField holds one conversion's flags and how much it wrote.
type fmtField struct {
	pad   byte
	width int
	upper bool
	wrote int
}

// text writes a textual conversion, padded on the left to the width.
func (f *fmtField) text(out *strings.Builder, s string) {
	if f.upper {
		s = strings.ToUpper(s)
	}
	n := out.Len()
	padText(out, s, f.width, f.pad)
	f.wrote = out.Len() - n
}

func padText(out *strings.Builder, s string, width int, pad byte) {
	if width > len(s) {
		fill := " "
		if pad == '0' || pad == '+' {
			fill = "0"
		}
		out.WriteString(strings.Repeat(fill, width-len(s)))
	}
	out.WriteString(s)
}

// number writes a numeric conversion: at least digits digits (or the
// width), padded with zeros or spaces as the conversion and flags say
// (def is the conversion's own padding, '0' or '_').
func (f *fmtField) number(out *strings.Builder, v int64, digits int, def byte) {
	sign := int64(1)
	if v < 0 {
		sign, v = -1, -v
	}
	f.write(out, sign < 0, "", v, digits, def)
}

// signed writes %z: always a sign, then the digits, padded after the
// sign.
func (f *fmtField) signed(out *strings.Builder, sign, v int64, digits int) {
	if f.pad != '_' {
		f.write(out, sign < 0, "+", v, digits+1, '0')
		return
	}
	n0 := out.Len()
	if sign < 0 {
		out.WriteByte('-')
	} else {
		out.WriteByte('+')
	}
	ds := strconv.FormatInt(v, 10)
	if f.width > digits {
		digits = f.width
	}
	if digits > len(ds) {
		out.WriteString(strings.Repeat(" ", digits-len(ds)))
	}
	out.WriteString(ds)
	f.wrote = out.Len() - n0
}

func (f *fmtField) write(out *strings.Builder, neg bool, plus string, v int64, digits int, def byte) {
	n0 := out.Len()
	ds := strconv.FormatInt(v, 10)
	signStr := plus
	if neg {
		signStr = "-"
	}
	pad := f.pad
	if pad == 0 || pad == '+' {
		pad = def
	}
	if f.width > digits {
		digits = f.width
	}
	total := len(signStr) + len(ds)
	switch {
	case pad == '-':
		if f.width > total {
			out.WriteString(strings.Repeat(" ", f.width-total))
		}
		out.WriteString(signStr)
		out.WriteString(ds)
	case pad == '_':
		if digits > total {
			out.WriteString(strings.Repeat(" ", digits-total))
		}
		out.WriteString(signStr)
		out.WriteString(ds)
	default:
		out.WriteString(signStr)
		if digits > total {
			out.WriteString(strings.Repeat("0", digits-total))
		}
		out.WriteString(ds)
	}
	f.wrote = out.Len() - n0
}

func pick(names []string, i int) string {
	if i < 0 || i >= len(names) {
		return "?"
	}
	return names[i]
}

func hour12(h int) int {
	h %= 12
	if h == 0 {
		return 12
	}
	return h
}

// isoWeek returns the ISO 8601 year and week number of b.
func isoWeek(b tm) (int64, int) {
	year := int64(b.year) + 1900
	// Days from the Monday starting week 1 of this year.
	wday := (b.wday + 6) % 7 // Monday 0
	days := isoDays(year, b.yday, wday)
	if days < 0 {
		year--
		days = isoDays(year, b.yday+yearDays(year), wday)
	} else if d := isoDays(year+1, b.yday-yearDays(year), wday); d >= 0 {
		year++
		days = d
	}
	return year, days/7 + 1
}

// isoDays is the number of days from the start of ISO week 1 of year to
// the day of the year yday whose weekday (Monday 0) is wday.
func isoDays(year int64, yday, wday int) int {
	// The weekday of January 4th, which is always in week 1.
	jan4 := ((wday-yday+4-1)%7 + 7) % 7
	return yday - (4 - 1 - jan4)
}

func yearDays(y int64) int {
	if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		return 366
	}
	return 365
}
