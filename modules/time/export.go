package time

import (
	"github.com/gilpy/gilpy/interp/vm"
)

// StrptimeParts parses text with format as time.strptime does (the same
// directives, patterns and errors) and returns what datetime's strptime
// builds its result from, which struct_time cannot carry in full:
// (year, month, day, hour, minute, second, microsecond, gmtoff,
// gmtoff_microseconds, zone), gmtoff and zone being None when the format
// has no %z or %Z.
func StrptimeParts(t *vm.Thread, text, format string) (vm.Tuple, error) {
	v, err := strptime(t, text, format)
	if err != nil {
		return nil, err
	}
	n := func(i int) vm.Object { return vm.NewInt(int64(i)) }
	return vm.Tuple{n(v.year), n(v.month), n(v.day), n(v.hour), n(v.minute), n(v.second),
		n(v.microsecond), v.gmtoff, n(v.gmtoffMicro), v.zone}, nil
}

// LocalOffset is the local zone's offset from UTC in seconds at the Unix
// time secs, and the zone's abbreviation then, as localtime's tm_gmtoff
// and tm_zone give them.
func LocalOffset(t *vm.Thread, secs int64) (int, string, error) {
	b, err := localTM(t, secs)
	if err != nil {
		return 0, "", err
	}
	return int(b.gmtoff), b.zone, nil
}
