package datetime_test

import (
	"os"
	"strings"
	"testing"
	gotime "time"
	_ "time/tzdata" // the zones below, whatever the machine has installed

	"github.com/gilpy/gilpy/interp"
	"github.com/gilpy/gilpy/interp/interptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLocalTime runs testdata/localtime.py with Go's local zone set to
// zones with and without daylight saving time (including Lord Howe's
// half-hour shift) and compares its output with CPython's, run with TZ
// set to the same zone (testdata/localtime_ZONE.out). The golden scripts
// cannot do this: they run in the machine's zone.
func TestLocalTime(t *testing.T) {
	src, err := os.ReadFile("testdata/localtime.py")
	require.NoError(t, err)
	saved := gotime.Local
	defer func() { gotime.Local = saved }()
	for _, zone := range []string{"America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"} {
		t.Run(zone, func(t *testing.T) {
			want, err := os.ReadFile("testdata/localtime_" + strings.ReplaceAll(zone, "/", "_") + ".out")
			require.NoError(t, err)
			loc, err := gotime.LoadLocation(zone)
			require.NoError(t, err)
			gotime.Local = loc
			out, errs, err := interptest.Run(t, string(src), interp.Options{})
			require.NoError(t, err, errs)
			assert.Equal(t, string(want), out)
		})
	}
}
