package math

import (
	gomath "math"
)

// CPython computes gamma and lgamma itself rather than calling the C
// library: the Lanczos approximation with N = 13 and
// g = 6.024680040776729583740234375, written as a rational function,
// with the reflection formula for negative arguments. The same method,
// built on the same C library's exp, pow, log and sin, gives the same
// results.

const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	logPi             = 1.144729885849400174143427351353058711647
)

// The numerator's coefficients of the Lanczos sum as a rational
// function; the denominator is x*(x+1)*...*(x+11).
var lanczosNum = [13]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

var lanczosDen = [13]float64{
	0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
}

// smallGammas holds gamma(1) .. gamma(23), exact as floats.
var smallGammas = [23]float64{
	1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
	3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
	1307674368000.0, 20922789888000.0, 355687428096000.0,
	6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
	51090942171709440000.0, 1124000727777607680000.0,
}

// lanczosSum evaluates the rational function for x > 0; for large x as
// a function of 1/x, which avoids overflow.
func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5.0 {
		for i := 12; i >= 0; i-- {
			num = num*x + lanczosNum[i]
			den = den*x + lanczosDen[i]
		}
	} else {
		for i := 0; i < 13; i++ {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinpi is sin(pi*x), computed after reducing x so that the result is
// accurate near the integers.
func sinpi(x float64) float64 {
	y := gomath.Mod(gomath.Abs(x), 2.0)
	n := int(gomath.Round(2.0 * y)) // halves away from zero, as C's round
	var r float64
	switch n {
	case 0:
		r = cSin(gomath.Pi * y)
	case 1:
		r = cCos(gomath.Pi * (y - 0.5))
	case 2:
		// Not sin(pi*(y-1)): that would give -0.0 for y == 1.
		r = cSin(gomath.Pi * (1.0 - y))
	case 3:
		r = -cCos(gomath.Pi * (y - 1.5))
	default:
		r = cSin(gomath.Pi * (y - 2.0))
	}
	return gomath.Copysign(1.0, x) * r
}

func tgamma(x float64) (float64, error) {
	if !isFinite(x) {
		if gomath.IsNaN(x) || x > 0 {
			return x, nil
		}
		return 0, domainError()
	}
	if x == 0 {
		return 0, domainError()
	}
	if x == gomath.Floor(x) {
		if x < 0 {
			return 0, domainError()
		}
		if x <= float64(len(smallGammas)) {
			return smallGammas[int(x)-1], nil
		}
	}
	ax := gomath.Abs(x)
	if ax < 1e-20 {
		r := 1.0 / x
		if gomath.IsInf(r, 0) {
			return 0, rangeError()
		}
		return r, nil
	}
	if ax > 200.0 {
		if x < 0 {
			return 0.0 / sinpi(x), nil
		}
		return 0, rangeError()
	}
	y := ax + lanczosGMinusHalf
	// z is the rounding error in y, used for a first-order correction of
	// pow(y, ax-0.5)/exp(y).
	var z float64
	if ax > lanczosGMinusHalf {
		q := y - ax
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - ax
	}
	z = z * lanczosG / y
	var r float64
	if x < 0 {
		r = -gomath.Pi / sinpi(ax) / ax * cExp(y) / lanczosSum(ax)
		r -= z * r
		if ax < 140.0 {
			r /= cPow(y, ax-0.5)
		} else {
			sq := cPow(y, ax/2.0-0.25)
			r /= sq
			r /= sq
		}
	} else {
		r = lanczosSum(ax) / cExp(y)
		r += z * r
		if ax < 140.0 {
			r *= cPow(y, ax-0.5)
		} else {
			sq := cPow(y, ax/2.0-0.25)
			r *= sq
			r *= sq
		}
	}
	if gomath.IsInf(r, 0) {
		return 0, rangeError()
	}
	return r, nil
}

func lgamma(x float64) (float64, error) {
	if !isFinite(x) {
		if gomath.IsNaN(x) {
			return x, nil
		}
		return gomath.Inf(1), nil
	}
	if x == gomath.Floor(x) && x <= 2.0 {
		if x <= 0 {
			return 0, domainError()
		}
		return 0.0, nil
	}
	ax := gomath.Abs(x)
	if ax < 1e-20 {
		return -cLog(ax), nil
	}
	r := cLog(lanczosSum(ax)) - lanczosG
	r += (ax - 0.5) * (cLog(ax+lanczosG-0.5) - 1)
	if x < 0 {
		r = logPi - cLog(gomath.Abs(sinpi(ax))) - cLog(ax) - r
	}
	if gomath.IsInf(r, 0) {
		return 0, rangeError()
	}
	return r, nil
}
