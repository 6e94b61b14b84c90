package time

import (
	"fmt"
	"math"
	gotime "time"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// StructTime is time.struct_time: nine visible fields and two more
// (tm_zone, tm_gmtoff) readable as attributes only.
var StructTime = vm.NewStructSeqType(vm.StructSeqDef{
	Module: "time",
	Name:   "struct_time",
	Doc: "A broken-down time, as gmtime(), localtime() and strptime() return it:\n" +
		"a 9-tuple (year, month, day, hour, minute, second, weekday with Monday 0,\n" +
		"day of the year, DST flag) whose fields are also attributes (tm_year...),\n" +
		"with two more as attributes only: tm_zone and tm_gmtoff.",
	Fields: []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
		"tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"},
	Visible: 9,
})

// tm is a broken-down time as C's struct tm holds it: tm_year counts from
// 1900, tm_mon from 0, tm_wday from Sunday, tm_yday from 0.
type tm struct {
	sec, min, hour, mday, mon, year, wday, yday, isdst int
	zone                                               string
	hasZone                                            bool // zone and gmtoff are known
	gmtoff                                             int
}

var (
	weekdayAbbr = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	weekdayName = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	monthAbbr   = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	monthName   = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// errOverflow is what glibc's gmtime and localtime report when the year
// does not fit a C int.
func errOverflow(t *vm.Thread) error {
	return osError(t, 75, "Value too large for defined data type")
}

// osError makes an OSError (or the subclass its errno selects) with
// errno and strerror set, as calling OSError(errno, text) does.
func osError(t *vm.Thread, errno int, text string) error {
	e, err := vm.Call(t, py.OSError, []vm.Object{vm.NewInt(int64(errno)), py.String(text)}, nil)
	if err != nil {
		return err
	}
	return e.(*py.Exception)
}

// tmFromTime breaks a Go time down (in its location).
func tmFromTime(t *vm.Thread, gt gotime.Time, utc bool) (tm, error) {
	y := gt.Year()
	if int64(y)-1900 > math.MaxInt32 || int64(y)-1900 < math.MinInt32 {
		return tm{}, errOverflow(t)
	}
	name, off := gt.Zone()
	isdst := 0
	if !utc && gt.IsDST() {
		isdst = 1
	}
	if utc {
		name = "GMT"
	}
	return tm{
		sec: gt.Second(), min: gt.Minute(), hour: gt.Hour(),
		mday: gt.Day(), mon: int(gt.Month()) - 1, year: y - 1900,
		wday: int(gt.Weekday()), yday: gt.YearDay() - 1, isdst: isdst,
		zone: name, gmtoff: off, hasZone: true,
	}, nil
}

// unixTime makes a Go time from whole seconds, refusing the ones whose
// year would not fit a C int (Go itself goes much further).
func unixTime(t *vm.Thread, secs int64, loc *gotime.Location) (gotime.Time, error) {
	// 67768036191676799 is the last second of year 2147485547, the
	// largest tm_year can hold; Go's arithmetic overflows well past it.
	if secs > 67768036191676799 || secs < -67768040609740800 {
		return gotime.Time{}, errOverflow(t)
	}
	return gotime.Unix(secs, 0).In(loc), nil
}

// structTime makes a struct_time from a tm.
func structTime(b tm) vm.Object {
	var zone, off vm.Object = vm.None, vm.None
	if b.hasZone {
		zone, off = py.String(b.zone), vm.NewInt(int64(b.gmtoff))
	}
	return vm.NewStructSeq(StructTime,
		vm.NewInt(int64(b.year)+1900), vm.NewInt(int64(b.mon+1)), vm.NewInt(int64(b.mday)),
		vm.NewInt(int64(b.hour)), vm.NewInt(int64(b.min)), vm.NewInt(int64(b.sec)),
		vm.NewInt(int64((b.wday+6)%7)), vm.NewInt(int64(b.yday+1)), vm.NewInt(int64(b.isdst)),
		zone, off)
}

// tmArg converts a time tuple or struct_time argument (gettmarg): name
// is the function's name for the "illegal time tuple" message.
func tmArg(t *vm.Thread, o vm.Object, name string) (tm, error) {
	var items []vm.Object
	vals := vm.StructSeqValues(o)
	isStruct := vals != nil && vm.TypeOf(o) == StructTime.T()
	if isStruct {
		items = vals[:9]
	} else if tup, ok := vm.Unwrap(o).(vm.Tuple); ok {
		items = tup
	} else {
		return tm{}, vm.NewError(py.TypeError, "Tuple or struct_time argument required")
	}
	if len(items) != 9 {
		return tm{}, vm.NewError(py.TypeError, name+"(): illegal time tuple argument")
	}
	var v [9]int
	for i, it := range items {
		n, err := cInt(t, it)
		if err != nil {
			return tm{}, err
		}
		v[i] = n
	}
	b := tm{
		year: v[0] - 1900, mon: v[1] - 1, mday: v[2], hour: v[3], min: v[4], sec: v[5],
		// C's %: a negative weekday stays negative (and is refused).
		wday: (v[6] + 1) % 7, yday: v[7] - 1, isdst: v[8],
	}
	if isStruct {
		if z, ok := vals[9].(py.String); ok {
			b.zone, b.hasZone = string(z), true
		}
		if off, err := vm.IndexInt(t, vals[10]); err == nil {
			b.gmtoff = off
		}
	}
	return b, nil
}

// checkTM is the range check asctime and strftime make before formatting
// (a month, day or day of the year of 0 means the first).
func checkTM(b *tm) error {
	switch {
	case b.mon == -1:
		b.mon = 0
	case b.mon < 0 || b.mon > 11:
		return vm.NewError(py.ValueError, "month out of range")
	}
	switch {
	case b.mday == 0:
		b.mday = 1
	case b.mday < 0 || b.mday > 31:
		return vm.NewError(py.ValueError, "day of month out of range")
	}
	if b.hour < 0 || b.hour > 23 {
		return vm.NewError(py.ValueError, "hour out of range")
	}
	if b.min < 0 || b.min > 59 {
		return vm.NewError(py.ValueError, "minute out of range")
	}
	if b.sec < 0 || b.sec > 61 {
		return vm.NewError(py.ValueError, "seconds out of range")
	}
	if b.wday < 0 {
		return vm.NewError(py.ValueError, "day of week out of range")
	}
	switch {
	case b.yday == -1:
		b.yday = 0
	case b.yday < 0 || b.yday > 365:
		return vm.NewError(py.ValueError, "day of year out of range")
	}
	return nil
}

// asctimeString formats a checked tm as asctime does.
func asctimeString(b tm) string {
	return fmt.Sprintf("%s %s%3d %.2d:%.2d:%.2d %d", weekdayAbbr[b.wday], monthAbbr[b.mon], b.mday, b.hour, b.min, b.sec, int64(b.year)+1900)
}

// The local time zone as the module reports it (timezone, altzone,
// daylight, tzname), worked out as CPython does: from the zone in effect
// at the start of the current year and half a year later.
type zoneInfo struct {
	timezone, altzone int
	daylight          bool
	tzname            [2]string
}

func localZoneInfo() zoneInfo {
	const year = (365*24 + 6) * 3600
	now := gotime.Now().Unix()
	t := (now / year) * year
	jan := gotime.Unix(t, 0).In(gotime.Local)
	jul := gotime.Unix(t+year/2, 0).In(gotime.Local)
	janName, janOff := jan.Zone()
	julName, julOff := jul.Zone()
	janZone, julZone := -janOff, -julOff
	if janZone < julZone {
		// Daylight saving time in January: the southern hemisphere.
		return zoneInfo{timezone: julZone, altzone: janZone, daylight: janZone != julZone, tzname: [2]string{julName, janName}}
	}
	return zoneInfo{timezone: janZone, altzone: julZone, daylight: janZone != julZone, tzname: [2]string{janName, julName}}
}

// mktimeTM is C's mktime: the broken-down local time (normalized, so
// that month 13 is January of the next year) as seconds since the epoch.
// A tm_isdst of 0 or 1 that disagrees with the zone's rule at that time
// shifts the result by the difference, as glibc does.
func mktimeTM(b tm, zi zoneInfo) float64 {
	gt := gotime.Date(b.year+1900, gotime.Month(b.mon+1), b.mday, b.hour, b.min, b.sec, 0, gotime.Local)
	secs := gt.Unix()
	if b.isdst >= 0 && zi.daylight && gt.IsDST() != (b.isdst > 0) {
		_, off := gt.Zone()
		want := -zi.timezone
		if b.isdst > 0 {
			want = -zi.altzone
		}
		secs += int64(off - want)
	}
	return float64(secs)
}
