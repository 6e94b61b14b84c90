package time

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	gotime "time"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// strptime parses text with a format as CPython's time.strptime does in
// the C locale: the format becomes a regular expression (case-insensitive,
// each run of whitespace matching any run of whitespace), which must match
// a prefix of the text and then the whole of it, and the directives'
// values are combined into a date. The result is the struct_time values:
// year, month, day, hour, minute, second, weekday, day of the year, isdst,
// zone, gmtoff.

// directive patterns: what each directive matches (C locale).
var directivePatterns = map[byte]string{
	'd': `3[01]|[12]\d|0[1-9]|[1-9]| [1-9]`,
	'f': `[0-9]{1,6}`,
	'H': `2[0-3]|[0-1]\d|\d`,
	'I': `1[0-2]|0[1-9]|[1-9]`,
	'G': `\d\d\d\d`,
	'j': `36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]`,
	'm': `1[0-2]|0[1-9]|[1-9]`,
	'M': `[0-5]\d|\d`,
	'S': `6[0-1]|[0-5]\d|\d`,
	'U': `5[0-3]|[0-4]\d|\d`,
	'W': `5[0-3]|[0-4]\d|\d`,
	'w': `[0-6]`,
	'u': `[1-7]`,
	'V': `5[0-3]|0[1-9]|[1-4]\d|\d`,
	'y': `\d\d`,
	'Y': `\d\d\d\d`,
	'z': `[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z)`,
	'p': `am|pm`,
}

// Weekday and month names, Monday first as strptime counts weekdays.
var (
	weekdaysMon = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	weekdaysAbr = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
	monthsFull  = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	monthsAbr   = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
)

// Composite directives expand to these formats in the C locale.
var compositeFormats = map[byte]string{
	'c': "%a %b %d %H:%M:%S %Y",
	'x': "%m/%d/%y",
	'X': "%H:%M:%S",
}

// alternation makes a pattern matching any of names, longest first.
func alternation(names []string) string {
	s := append([]string(nil), names...)
	sort.SliceStable(s, func(i, j int) bool { return len(s[i]) > len(s[j]) })
	for i := range s {
		s[i] = regexp.QuoteMeta(s[i])
	}
	return strings.Join(s, "|")
}

// strptimeErr is a ValueError.
func strptimeErr(format string, a ...any) error {
	return vm.NewError(py.ValueError, fmt.Sprintf(format, a...))
}

// pyRepr quotes a string as Python's repr does (for messages).
func pyRepr(t *vm.Thread, s string) string {
	r, err := vm.ReprString(t, py.String(s))
	if err != nil {
		return "'" + s + "'"
	}
	return r
}

// patternCache keeps compiled formats: programs parse many dates with
// one format.
var patternCache sync.Map // key: format + "\x00" + zone names

// buildPattern turns a format into a regular expression, as strptime's
// pattern builder does: special characters escaped, whitespace runs made
// flexible, directives replaced by their named groups.
func buildPattern(t *vm.Thread, format string, zi zoneInfo) (*regexp.Regexp, error) {
	zones := []string{"utc", "gmt", strings.ToLower(zi.tzname[0])}
	if zi.daylight {
		zones = append(zones, strings.ToLower(zi.tzname[1]))
	}
	key := format + "\x00" + strings.Join(zones, ",")
	if re, ok := patternCache.Load(key); ok {
		return re.(*regexp.Regexp), nil
	}
	var b strings.Builder
	b.WriteString(`(?i)\A`)
	seen := map[byte]bool{}
	if err := appendPattern(t, &b, format, format, zones, seen); err != nil {
		return nil, err
	}
	re, err := regexp.Compile(b.String())
	if err != nil {
		return nil, strptimeErr("bad format %s", pyRepr(t, format))
	}
	patternCache.Store(key, re)
	return re, nil
}

func appendPattern(t *vm.Thread, b *strings.Builder, format, whole string, zones []string, seen map[byte]bool) error {
	inSpace := false
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			if isSpace(c) {
				if !inSpace {
					b.WriteString(`\s+`)
				}
				inSpace = true
				continue
			}
			inSpace = false
			b.WriteString(regexp.QuoteMeta(string(c)))
			continue
		}
		inSpace = false
		if i+1 >= len(format) {
			return strptimeErr("stray %% in format %s", pyRepr(t, whole))
		}
		i++
		d := format[i]
		if comp, ok := compositeFormats[d]; ok {
			if err := appendPattern(t, b, comp, whole, zones, seen); err != nil {
				return err
			}
			continue
		}
		var pat string
		switch d {
		case '%':
			b.WriteString("%")
			continue
		case 'A':
			pat = alternation(weekdaysMon)
		case 'a':
			pat = alternation(weekdaysAbr)
		case 'B':
			pat = alternation(monthsFull)
		case 'b':
			pat = alternation(monthsAbr)
		case 'Z':
			pat = alternation(dedup(zones))
		default:
			p, ok := directivePatterns[d]
			if !ok {
				bad := string(d)
				if d >= 0x80 {
					// A non-ASCII character: report the whole of it.
					r := []rune(format[i:])
					bad = string(r[0])
				}
				return strptimeErr("'%s' is a bad directive in format %s", bad, pyRepr(t, whole))
			}
			pat = p
		}
		if seen[d] {
			return vm.NewError(py.ValueError, fmt.Sprintf("redefinition of group name '%c' in format %s", d, pyRepr(t, whole)))
		}
		seen[d] = true
		fmt.Fprintf(b, "(?P<%s>%s)", groupName(d), pat)
	}
	return nil
}

// groupName names a directive's group (Go's group names must be words).
func groupName(d byte) string {
	if d >= 'a' && d <= 'z' {
		return "l" + string(d)
	}
	return "u" + string(d)
}

func dedup(s []string) []string {
	var out []string
	for _, x := range s {
		dup := false
		for _, y := range out {
			dup = dup || x == y
		}
		if !dup {
			out = append(out, x)
		}
	}
	return out
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// strptimeValues is strptime's result.
type strptimeValues struct {
	year, month, day, hour, minute, second, weekday, yday, isdst int
	zone                                                         vm.Object
	gmtoff                                                       vm.Object
	// microsecond is %f's value and gmtoffMicro the fraction of a second
	// of %z's offset (with the offset's sign): datetime.strptime keeps
	// them, struct_time has no place for them.
	microsecond, gmtoffMicro int
}

func strptime(t *vm.Thread, text, format string) (*strptimeValues, error) {
	zi := localZoneInfo()
	re, err := buildPattern(t, format, zi)
	if err != nil {
		return nil, err
	}
	m := re.FindStringSubmatchIndex(text)
	if m == nil {
		return nil, strptimeErr("time data %s does not match format %s", pyRepr(t, text), pyRepr(t, format))
	}
	if m[1] != len(text) {
		return nil, strptimeErr("unconverted data remains: %s", text[m[1]:])
	}
	// The directives' values, in the order of the format.
	found := map[byte]string{}
	var order []byte
	for i, name := range re.SubexpNames() {
		if name == "" || m[2*i] < 0 {
			continue
		}
		found[name[1]] = text[m[2*i]:m[2*i+1]]
		order = append(order, name[1])
	}
	atoi := func(s string) int {
		n, _ := strconv.Atoi(strings.TrimSpace(s))
		return n
	}
	year, hasYear := 0, false
	month, day := 1, 1
	hour, minute, second := 0, 0, 0
	tz := -1
	var gmtoff vm.Object = vm.None
	microsecond, gmtoffMicro := 0, 0
	isoYear, hasISOYear := 0, false
	isoWeekN, hasISOWeek := 0, false
	weekOfYear, hasWeekOfYear := 0, false
	weekStartsMon := false
	weekday, hasWeekday := 0, false
	julian, hasJulian := 0, false
	for _, d := range order {
		v := found[d]
		switch d {
		case 'y':
			year, hasYear = atoi(v), true
			if year <= 68 {
				year += 2000
			} else {
				year += 1900
			}
		case 'Y':
			year, hasYear = atoi(v), true
		case 'G':
			isoYear, hasISOYear = atoi(v), true
		case 'm':
			month = atoi(v)
		case 'B':
			month = index(monthsFull, v) + 1
		case 'b':
			month = index(monthsAbr, v) + 1
		case 'd':
			day = atoi(v)
		case 'H':
			hour = atoi(v)
		case 'I':
			hour = atoi(v)
			switch strings.ToLower(found['p']) {
			case "", "am":
				if hour == 12 {
					hour = 0
				}
			case "pm":
				if hour != 12 {
					hour += 12
				}
			}
		case 'M':
			minute = atoi(v)
		case 'S':
			second = atoi(v)
		case 'f':
			microsecond = atoi((v + "00000")[:6])
		case 'A':
			weekday, hasWeekday = index(weekdaysMon, v), true
		case 'a':
			weekday, hasWeekday = index(weekdaysAbr, v), true
		case 'w':
			weekday, hasWeekday = atoi(v), true
			if weekday == 0 {
				weekday = 6
			} else {
				weekday--
			}
		case 'u':
			weekday, hasWeekday = atoi(v)-1, true
		case 'j':
			julian, hasJulian = atoi(v), true
		case 'U', 'W':
			weekOfYear, hasWeekOfYear = atoi(v), true
			weekStartsMon = d == 'W'
		case 'V':
			isoWeekN, hasISOWeek = atoi(v), true
		case 'z':
			off, micro, err := parseUTCOffset(v)
			if err != nil {
				return nil, err
			}
			gmtoff, gmtoffMicro = vm.NewInt(int64(off)), micro
		case 'Z':
			z := strings.ToLower(v)
			noSaving := z == "utc" || z == "gmt" || z == strings.ToLower(zi.tzname[0])
			hasSaving := zi.daylight && z == strings.ToLower(zi.tzname[1])
			if zi.tzname[0] == zi.tzname[1] && zi.daylight && z != "utc" && z != "gmt" {
				break // the zone names cannot tell standard from daylight time
			}
			if noSaving {
				tz = 0
			} else if hasSaving {
				tz = 1
			}
		}
	}
	if !hasYear && hasISOYear {
		if !hasISOWeek || !hasWeekday {
			return nil, strptimeErr("ISO year directive '%%G' must be used with the ISO week directive '%%V' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').")
		}
		if hasJulian {
			return nil, strptimeErr("Day of the year directive '%%j' is not compatible with ISO year directive '%%G'. Use '%%Y' instead.")
		}
	} else if hasISOWeek {
		if !hasYear || !hasWeekday {
			return nil, strptimeErr("ISO week directive '%%V' must be used with the ISO year directive '%%G' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').")
		}
		return nil, strptimeErr("ISO week directive '%%V' is incompatible with the year directive '%%Y'. Use the ISO year '%%G' instead.")
	}
	leapYearFix := false
	if !hasYear && month == 2 && day == 29 {
		year, leapYearFix = 1904, true
	} else if !hasYear {
		year = 1900
	}
	if !hasJulian && hasWeekday {
		if hasWeekOfYear {
			julian, hasJulian = julianFromWeek(year, weekOfYear, weekday, weekStartsMon), true
		} else if hasISOYear && hasISOWeek {
			year, julian = julianFromISO(isoYear, isoWeekN, weekday+1)
			hasJulian = true
		}
		if hasJulian && julian <= 0 {
			year--
			julian += yearDays(int64(year))
		}
	}
	if !hasJulian {
		if err := checkDate(year, month, day); err != nil {
			return nil, err
		}
		julian = ordinal(year, month, day) - ordinal(year, 1, 1) + 1
	} else {
		o := julian - 1 + ordinal(year, 1, 1)
		if o < 1 || o > ordinal(9999, 12, 31) {
			return nil, vm.NewError(py.OverflowError, "date value out of range")
		}
		gt := fromOrdinal(o)
		year, month, day = gt.Year(), int(gt.Month()), gt.Day()
	}
	if !hasWeekday {
		weekday = (int(gotime.Date(year, gotime.Month(month), day, 0, 0, 0, 0, gotime.UTC).Weekday()) + 6) % 7
	}
	var zone vm.Object = vm.None
	if v, ok := found['Z']; ok {
		zone = py.String(v)
	}
	if leapYearFix {
		year = 1900
	}
	return &strptimeValues{year, month, day, hour, minute, second, weekday, julian, tz, zone, gmtoff, microsecond, gmtoffMicro}, nil
}

func index(names []string, v string) int {
	v = strings.ToLower(v)
	for i, n := range names {
		if n == v {
			return i
		}
	}
	return 0
}

// parseUTCOffset reads %z's value: +HHMM[SS[.ffffff]], with or without
// colons, or Z. It returns the whole seconds and the microseconds, both
// with the offset's sign.
func parseUTCOffset(z string) (int, int, error) {
	if z == "Z" || z == "z" {
		return 0, 0, nil
	}
	orig := z
	if len(z) > 3 && z[3] == ':' {
		z = z[:3] + z[4:]
		if len(z) > 5 {
			if z[5] != ':' {
				return 0, 0, strptimeErr("Inconsistent use of : in %s", orig)
			}
			z = z[:5] + z[6:]
		}
	}
	h, _ := strconv.Atoi(z[1:3])
	m, _ := strconv.Atoi(z[3:5])
	s, micro := 0, 0
	if len(z) > 5 {
		secs := z[5:min(7, len(z))]
		n, err := strconv.Atoi(secs)
		if err != nil || secs[0] == '+' || secs[0] == '-' {
			return 0, 0, strptimeErr("invalid literal for int() with base 10: '%s'", secs)
		}
		s = n
		if len(z) > 8 && z[7] == '.' {
			micro, _ = strconv.Atoi((z[8:] + "00000")[:6])
		}
	}
	off := h*3600 + m*60 + s
	if z[0] == '-' {
		off, micro = -off, -micro
	}
	return off, micro, nil
}

// checkDate refuses dates datetime.date would refuse.
func checkDate(y, m, d int) error {
	if y < 1 || y > 9999 {
		return strptimeErr("year %d is out of range", y)
	}
	if m < 1 || m > 12 {
		return strptimeErr("month must be in 1..12")
	}
	if d < 1 || d > daysIn(y, m) {
		return strptimeErr("day is out of range for month")
	}
	return nil
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if yearDays(int64(y)) == 366 {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// ordinal is the proleptic Gregorian ordinal of a date (1 is 1 Jan 1).
func ordinal(y, m, d int) int {
	// Whole days since 1 Jan 1970, from the Unix time of the date's
	// midnight (a duration between far dates would overflow).
	days := gotime.Date(y, gotime.Month(m), d, 0, 0, 0, 0, gotime.UTC).Unix() / 86400
	return int(days) + 719163 // the ordinal of 1 Jan 1970
}

func fromOrdinal(o int) gotime.Time {
	return gotime.Date(1, 1, 1, 0, 0, 0, 0, gotime.UTC).AddDate(0, 0, o-1)
}

// julianFromWeek is the day of the year from a %U or %W week number and
// a weekday (Monday 0).
func julianFromWeek(year, week, weekday int, startsMon bool) int {
	first := (int(gotime.Date(year, 1, 1, 0, 0, 0, 0, gotime.UTC).Weekday()) + 6) % 7
	if !startsMon {
		first = (first + 1) % 7
		weekday = (weekday + 1) % 7
	}
	week0 := (7 - first) % 7
	if week == 0 {
		return 1 + weekday - first
	}
	return 1 + week0 + 7*(week-1) + weekday
}

// julianFromISO is the year and day of the year of an ISO year, week and
// weekday (Monday 1).
func julianFromISO(isoYear, week, isoWeekday int) (int, int) {
	jan4 := int(gotime.Date(isoYear, 1, 4, 0, 0, 0, 0, gotime.UTC).Weekday())
	if jan4 == 0 {
		jan4 = 7
	}
	correction := jan4 + 3
	o := week*7 + isoWeekday - correction
	if o < 1 {
		o += ordinal(isoYear, 1, 1)
		isoYear--
		o -= ordinal(isoYear, 1, 1)
	}
	return isoYear, o
}
