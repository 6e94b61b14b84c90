package pystr

import "unicode/utf8"

// Width arguments count code points. A fill code point is given as a rune:
// the caller checks that Python's fillchar argument is exactly one
// character ("The fill character must be exactly one character long").

// pad returns s with left copies of fill before it and right copies after.
func pad(s string, left, right int, fill rune) (string, error) {
	var fb [4]byte
	return padWith(s, left, right, AppendRune(fb[:0], fill))
}

// padWith pads s with left and right copies of the encoded fill f.
func padWith(s string, left, right int, f []byte) (string, error) {
	if right > maxInt/len(f) || left > (maxInt-len(s))/len(f)-right {
		return "", ErrMemory
	}
	n := len(s) + (left+right)*len(f)
	if err := checkSize(n); err != nil {
		return "", err
	}
	buf := make([]byte, n)
	if len(f) == 1 {
		b := f[0]
		for i := range left {
			buf[i] = b
		}
		copy(buf[left:], s)
		for i := left + len(s); i < n; i++ {
			buf[i] = b
		}
	} else {
		k := 0
		for range left {
			k += copy(buf[k:], f)
		}
		k += copy(buf[k:], s)
		for range right {
			k += copy(buf[k:], f)
		}
	}
	return bytesToString(buf), nil
}

// Center implements str.center(width, fillchar). As in CPython, when the
// padding is odd the extra fill goes on the left only if width is odd.
func Center(s string, width int, fill rune) (string, error) {
	n := Len(s)
	if width <= n {
		return s, nil
	}
	marg := width - n
	left := marg/2 + (marg & width & 1)
	return pad(s, left, marg-left, fill)
}

// LJust implements str.ljust(width, fillchar).
func LJust(s string, width int, fill rune) (string, error) {
	n := Len(s)
	if width <= n {
		return s, nil
	}
	return pad(s, 0, width-n, fill)
}

// RJust implements str.rjust(width, fillchar).
func RJust(s string, width int, fill rune) (string, error) {
	n := Len(s)
	if width <= n {
		return s, nil
	}
	return pad(s, width-n, 0, fill)
}

// ZFill implements str.zfill(width): s padded on the left with '0' to
// width code points, a leading '+' or '-' staying in front.
func ZFill(s string, width int) (string, error) {
	return zfill(s, width, Len(s))
}

func zfill(s string, width, n int) (string, error) {
	if width <= n {
		return s, nil
	}
	fill := width - n
	if err := checkSize(len(s) + fill); err != nil {
		return "", err
	}
	buf := make([]byte, len(s)+fill)
	k := 0
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		buf[0] = s[0]
		s = s[1:]
		k = 1
	}
	for i := 0; i < fill; i++ {
		buf[k+i] = '0'
	}
	copy(buf[k+fill:], s)
	return bytesToString(buf), nil
}

// ExpandTabs implements str.expandtabs(tabsize): each tab becomes the
// spaces up to the next multiple of tabsize columns; the column counts code
// points and restarts after \n and \r only. tabsize <= 0 removes tabs.
// tabsize is a C int in CPython; the caller rejects values outside the
// int32 range with OverflowError "Python int too large to convert to C int"
// (or "signed integer is greater than maximum" / "less than minimum").
func ExpandTabs(s string, tabsize int) (string, error) {
	return expandTabs(s, tabsize, false)
}

func expandTabs(s string, tabsize int, bytesMode bool) (string, error) {
	// First pass: the size of the result.
	size, col := 0, 0
	found := false
	for i := 0; i < len(s); {
		b := s[i]
		w := 1
		if b >= utf8.RuneSelf && !bytesMode {
			_, w = DecodeRune(s[i:])
		}
		switch {
		case b == '\t':
			found = true
			if tabsize > 0 {
				incr := tabsize - col%tabsize
				if size > maxInt-incr {
					return "", &Error{Type: "OverflowError", Msg: "new string is too long"}
				}
				col += incr
				size += incr
			}
		case b == '\n' || b == '\r':
			col = 0
			size++
		default:
			col++
			size += w
		}
		i += w
	}
	if !found {
		return s, nil
	}
	if err := checkSize(size); err != nil {
		return "", err
	}
	buf := make([]byte, 0, size)
	col = 0
	for i := 0; i < len(s); {
		b := s[i]
		w := 1
		if b >= utf8.RuneSelf && !bytesMode {
			_, w = DecodeRune(s[i:])
		}
		switch {
		case b == '\t':
			if tabsize > 0 {
				incr := tabsize - col%tabsize
				col += incr
				for range incr {
					buf = append(buf, ' ')
				}
			}
		case b == '\n' || b == '\r':
			col = 0
			buf = append(buf, b)
		default:
			col++
			buf = append(buf, s[i:i+w]...)
		}
		i += w
	}
	return bytesToString(buf), nil
}
