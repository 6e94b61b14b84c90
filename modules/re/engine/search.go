package engine

import "bytes"

// search looks for the leftmost match from m.start on, as sre's search
// does: with the INFO block's help (a literal prefix found by a
// Knuth-Morris-Pratt scan, or a set the first character must be in),
// else by trying every position in turn.
func (m *machine[T]) search() (bool, error) {
	code := m.code
	str := m.str
	ptr := m.start
	end := m.end
	if ptr > end {
		return false, nil
	}
	pc := 0
	var flags uint32
	prefixLen, prefixSkip, prefixPC, charsetPC := 0, 0, -1, -1
	if code[0] == opInfo {
		flags = code[2]
		min := int(code[3])
		if min != 0 && end-ptr < min {
			return false, nil
		}
		if min > 1 {
			end -= min - 1
			if end <= ptr {
				end = ptr
			}
		}
		if flags&infoPrefix != 0 {
			prefixLen = int(code[5])
			prefixSkip = int(code[6])
			prefixPC = 7
		} else if flags&infoCharset != 0 {
			charsetPC = 5
		}
		pc = 1 + int(code[1])
	}

	if prefixLen == 1 {
		c := code[prefixPC]
		end = m.end
		m.mustAdvance = false
		bs, isBytes := any(str).([]byte)
		if isBytes && c > 0xff {
			return false, nil
		}
		for ptr < end {
			if isBytes {
				i := bytes.IndexByte(bs[ptr:end], byte(c))
				if i < 0 {
					return false, nil
				}
				ptr += i
			} else {
				for uint32(str[ptr]) != c {
					ptr++
					if ptr >= end {
						return false, nil
					}
				}
			}
			m.start = ptr
			m.ptr = ptr + prefixSkip
			if flags&infoLiteral != 0 {
				return true, nil
			}
			ok, err := m.match(pc+2*prefixSkip, false)
			if ok || err != nil {
				return ok, err
			}
			ptr++
			m.lastmark, m.lastindex = -1, -1
		}
		return false, nil
	}

	if prefixLen > 1 {
		prefix := code[prefixPC : prefixPC+prefixLen]
		overlap := code[prefixPC+prefixLen-1:]
		end = m.end
		if prefixLen > end-ptr {
			return false, nil
		}
		bs, isBytes := any(str).([]byte)
		if isBytes {
			for _, p := range prefix {
				if p > 0xff {
					return false, nil
				}
			}
		}
		for ptr < end {
			c := prefix[0]
			if isBytes {
				i := bytes.IndexByte(bs[ptr:end], byte(c))
				if i < 0 {
					return false, nil
				}
				ptr += i + 1
			} else {
				for {
					x := uint32(str[ptr])
					ptr++
					if x == c {
						break
					}
					if ptr >= end {
						return false, nil
					}
				}
			}
			if ptr >= end {
				return false, nil
			}
			i := 1
			m.mustAdvance = false
			for {
				if uint32(str[ptr]) == prefix[i] {
					i++
					if i != prefixLen {
						ptr++
						if ptr >= end {
							return false, nil
						}
						continue
					}
					// A candidate: the whole prefix is here.
					m.start = ptr - (prefixLen - 1)
					m.ptr = ptr - (prefixLen - prefixSkip - 1)
					if flags&infoLiteral != 0 {
						return true, nil
					}
					ok, err := m.match(pc+2*prefixSkip, false)
					if ok || err != nil {
						return ok, err
					}
					ptr++
					if ptr >= end {
						return false, nil
					}
					m.lastmark, m.lastindex = -1, -1
				}
				i = int(overlap[i])
				if i == 0 {
					break
				}
			}
		}
		return false, nil
	}

	if charsetPC >= 0 {
		end = m.end
		m.mustAdvance = false
		for {
			for ptr < end && !m.charset(charsetPC, uint32(str[ptr])) {
				ptr++
			}
			if ptr >= end {
				return false, nil
			}
			m.start = ptr
			m.ptr = ptr
			ok, err := m.match(pc, false)
			if ok || err != nil {
				return ok, err
			}
			ptr++
			m.lastmark, m.lastindex = -1, -1
		}
	}

	m.start, m.ptr = ptr, ptr
	ok, err := m.match(pc, true)
	m.mustAdvance = false
	if err != nil {
		return false, err
	}
	if !ok && code[pc] == opAt && (code[pc+1] == atBeginning || code[pc+1] == atBeginningString) {
		m.start, m.ptr = end, end
		return false, nil
	}
	for !ok && ptr < end {
		ptr++
		m.lastmark, m.lastindex = -1, -1
		m.start, m.ptr = ptr, ptr
		ok, err = m.match(pc, false)
		if err != nil {
			return false, err
		}
	}
	return ok, nil
}
