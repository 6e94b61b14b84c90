package format

import (
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The Append* functions must add to dst, never overwrite what it holds.
func TestAppendKeepsPrefix(t *testing.T) {
	for _, x := range []float64{0, -0.0, 1.5, 1e300, math.Inf(-1), math.NaN()} {
		b := AppendFloatRepr([]byte("p:"), x)
		assert.Equal(t, "p:"+FloatRepr(x), string(b))
		b, err := AppendFormatFloat([]byte("p:"), x, "+012,.3f", "float")
		require.NoError(t, err)
		s, _ := FormatFloat(x, "+012,.3f", "float")
		assert.Equal(t, "p:"+s, string(b))
	}
	for _, n := range []Int{{Small: 0}, {Small: math.MinInt64}, {Big: new(big.Int).Lsh(big.NewInt(-3), 100)}} {
		b, err := AppendIntDecimal([]byte("p:"), n, 0)
		require.NoError(t, err)
		assert.Equal(t, "p:"+n.String(), string(b))
		b, err = AppendFormatInt([]byte("p:"), n, "#_x", "int", 0)
		require.NoError(t, err)
		s, _ := FormatInt(n, "#_x", "int", 0)
		assert.Equal(t, "p:"+s, string(b))
	}
	b, err := AppendFormatStr([]byte("p:"), "é", "^5", "str")
	require.NoError(t, err)
	s, _ := FormatStr("é", "^5", "str")
	assert.Equal(t, "p:"+s, string(b))
}

// A failed append returns dst unchanged in content.
func TestAppendErrorLeavesDst(t *testing.T) {
	big := Int{Big: new(big.Int).Exp(big.NewInt(10), big.NewInt(5000), nil)}
	b, err := AppendIntDecimal([]byte("keep"), big, DefaultMaxStrDigits)
	require.Error(t, err)
	assert.Equal(t, "keep", string(b))
}

func TestErrorValue(t *testing.T) {
	_, err := ParseInt("x", 10, 0)
	var fe *Error
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, ValueError, fe.Type)
	assert.Equal(t, fe.Type+": "+fe.Msg, err.Error())
	assert.Equal(t, "MemoryError", (&Error{Type: MemoryError}).Error())
}

// Results use the int64 form whenever the value fits, on every path.
func TestIntResultsNormalised(t *testing.T) {
	for _, s := range []string{"0", "-9223372036854775808", "9223372036854775807", "0x7fffffffffffffff", "1_000"} {
		v, err := ParseInt(s, 0, 0)
		require.NoError(t, err)
		assert.False(t, v.IsBig(), s)
	}
	for _, s := range []string{"9223372036854775808", "-9223372036854775809"} {
		v, err := ParseInt(s, 0, 0)
		require.NoError(t, err)
		assert.True(t, v.IsBig(), s)
		assert.Equal(t, s, v.String())
	}
	v, err := RoundFloatToInt(-9.2233720368547758e18)
	require.NoError(t, err)
	assert.False(t, v.IsBig())
	v, err = FloatToInt(1e19)
	require.NoError(t, err)
	assert.True(t, v.IsBig())
	assert.Equal(t, IntFromBig(big.NewInt(5)), Int{Small: 5})
}

// Huge widths and precisions fail cleanly instead of allocating.
func TestHugeWidthIsMemoryError(t *testing.T) {
	for _, spec := range []string{"2000000000", ".2000000000", "9223372036854775807"} {
		_, err := FormatStr("a", spec, "str")
		var fe *Error
		require.True(t, errors.As(err, &fe), spec)
		assert.Equal(t, MemoryError, fe.Type, spec)
	}
	_, err := Percent("%2000000000d", TupleArgs(&pyObj{kind: "int"}), 0)
	var fe *Error
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, MemoryError, fe.Type)
}

// Callback errors come back unchanged, not wrapped.
func TestCallbackErrorsPassThrough(t *testing.T) {
	sentinel := errors.New("boom")
	args := Args{Single: &pyObj{kind: "dict"}, Lookup: func(string) (Arg, error) { return nil, sentinel }}
	_, err := Percent("%(k)s", args, 0)
	assert.Same(t, sentinel, err)
}
