package engine

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gilpy/gilpy/interp/pystr"
)

// What the re.DEBUG flag prints: the parse tree, then the compiled code,
// in the format of CPython's re module.

// Dump returns the parse tree as re.DEBUG prints it.
func (t *Tree) Dump() string {
	var b strings.Builder
	dumpSub(&b, t.p, 0)
	return b.String()
}

func indent(level int) string { return strings.Repeat("  ", level) }

func maxName(v int64) string {
	if v == MaxRepeat {
		return "MAXREPEAT"
	}
	return strconv.FormatInt(v, 10)
}

func groupName(g int) string {
	if g < 0 {
		return "None"
	}
	return strconv.Itoa(g)
}

func setItemArg(it setItem) string {
	switch it.op {
	case opRange, opRangeUniIgnore:
		return fmt.Sprintf("(%d, %d)", it.lo, it.hi)
	case opCategory:
		return catNames[it.lo]
	case opNegate:
		return "None"
	}
	return strconv.FormatUint(uint64(it.lo), 10)
}

func dumpSub(b *strings.Builder, p *subPattern, level int) {
	for _, n := range p.data {
		b.WriteString(indent(level) + opNames[n.op])
		switch n.op {
		case opIn:
			b.WriteString("\n")
			for _, it := range n.set {
				fmt.Fprintf(b, "%s%s %s\n", indent(level+1), opNames[it.op], setItemArg(it))
			}
		case opBranch:
			b.WriteString("\n")
			for i, alt := range n.branches {
				if i > 0 {
					b.WriteString(indent(level) + "OR\n")
				}
				dumpSub(b, alt, level+1)
			}
		case opGrouprefExists:
			fmt.Fprintf(b, " %d\n", n.arg)
			dumpSub(b, n.sub, level+1)
			if n.no != nil && len(n.no.data) > 0 {
				b.WriteString(indent(level) + "ELSE\n")
				dumpSub(b, n.no, level+1)
			}
		case opSubpattern:
			fmt.Fprintf(b, " %s %d %d\n", groupName(n.group), n.addFlags, n.delFlags)
			dumpSub(b, n.sub, level+1)
		case opMinRepeat, opMaxRepeat, opPossessiveRepeat:
			fmt.Fprintf(b, " %d %s\n", n.min, maxName(n.max))
			dumpSub(b, n.sub, level+1)
		case opAssert, opAssertNot:
			fmt.Fprintf(b, " %d\n", n.dir)
			dumpSub(b, n.sub, level+1)
		case opAtomicGroup:
			// Its argument is a subpattern, which prints as a block.
			b.WriteString("\n")
			dumpSub(b, n.sub, level+1)
		default:
			b.WriteString(" " + nodeArg(n) + "\n")
		}
	}
}

// nodeArg is the repr of an item's argument, as Python shows the tuples
// of the parse tree.
func nodeArg(n *node) string {
	switch n.op {
	case opLiteral, opNotLiteral, opGroupref:
		return strconv.FormatUint(uint64(n.arg), 10)
	case opAny:
		return "None"
	case opAt:
		return atNames[n.arg]
	case opIn:
		parts := make([]string, len(n.set))
		for i, it := range n.set {
			parts[i] = "(" + opNames[it.op] + ", " + setItemArg(it) + ")"
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case opBranch:
		parts := make([]string, len(n.branches))
		for i, alt := range n.branches {
			parts[i] = reprData(alt)
		}
		return "(None, [" + strings.Join(parts, ", ") + "])"
	case opSubpattern:
		return fmt.Sprintf("(%s, %d, %d, %s)", groupName(n.group), n.addFlags, n.delFlags, reprData(n.sub))
	case opMinRepeat, opMaxRepeat, opPossessiveRepeat:
		return fmt.Sprintf("(%d, %s, %s)", n.min, maxName(n.max), reprData(n.sub))
	case opAssert, opAssertNot:
		return fmt.Sprintf("(%d, %s)", n.dir, reprData(n.sub))
	case opAtomicGroup:
		return reprData(n.sub)
	case opGrouprefExists:
		no := "None"
		if n.no != nil {
			no = reprData(n.no)
		}
		return fmt.Sprintf("(%d, %s, %s)", n.arg, reprData(n.sub), no)
	}
	return "None"
}

func reprData(p *subPattern) string {
	parts := make([]string, len(p.data))
	for i, n := range p.data {
		parts[i] = "(" + opNames[n.op] + ", " + nodeArg(n) + ")"
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// Dis returns the listing of compiled code that re.DEBUG prints.
func Dis(code []uint32) string {
	d := &disasm{code: code, labels: map[int]bool{}, width: len(strconv.Itoa(len(code) - 1))}
	d.dis(0, len(code))
	return d.b.String()
}

type disasm struct {
	code   []uint32
	labels map[int]bool
	level  int
	width  int
	b      strings.Builder
}

func charRepr(c uint32) string { return pystr.Repr(pystr.EncodeRune(rune(c))) }

func hexCode(words []uint32) string {
	parts := make([]string, len(words))
	for i, w := range words {
		parts[i] = fmt.Sprintf("0x%08x", w)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func (d *disasm) dis(start, end int) {
	d.level++
	code := d.code
	// line prints one instruction; to >= 0 adds its jump target.
	line := func(at int, to int, args ...string) {
		if to >= 0 {
			d.labels[to] = true
			args = append(args, fmt.Sprintf("(to %d)", to))
		}
		sep := "."
		if d.labels[at] {
			sep = ":"
		}
		fmt.Fprintf(&d.b, "%*d%s %s%s\n", d.width, at, sep, strings.Repeat("  ", d.level-1), strings.Join(args, " "))
	}
	line2 := func(args ...string) {
		fmt.Fprintf(&d.b, "%s%s\n", strings.Repeat(" ", d.width+2*d.level), strings.Join(args, " "))
	}
	num := func(w uint32) string { return strconv.FormatUint(uint64(w), 10) }
	maxArg := func(w uint32) string {
		if w == MaxRepeat {
			return "MAXREPEAT"
		}
		return num(w)
	}
	i := start
	for i < end {
		at := i
		op := code[i]
		i++
		name := "UNKNOWN"
		if int(op) < len(opNames) {
			name = opNames[op]
		}
		switch op {
		case opSuccess, opFailure, opAny, opAnyAll, opMaxUntil, opMinUntil, opNegate:
			line(at, -1, name)
		case opLiteral, opNotLiteral, opLiteralIgnore, opNotLiteralIgnore, opLiteralUniIgnore,
			opNotLiteralUniIgnore, opLiteralLocIgnore, opNotLiteralLocIgnore:
			arg := code[i]
			i++
			line(at, -1, name, fmt.Sprintf("0x%x (%s)", arg, charRepr(arg)))
		case opAt:
			arg := code[i]
			i++
			line(at, -1, name, strings.TrimPrefix(atNames[arg], "AT_"))
		case opCategory:
			arg := code[i]
			i++
			line(at, -1, name, strings.TrimPrefix(catNames[arg], "CATEGORY_"))
		case opIn, opInIgnore, opInUniIgnore, opInLocIgnore:
			skip := int(code[i])
			line(at, i+skip, name, num(code[i]))
			d.dis(i+1, i+skip)
			i += skip
		case opRange, opRangeUniIgnore:
			lo, hi := code[i], code[i+1]
			i += 2
			line(at, -1, name, fmt.Sprintf("0x%x 0x%x (%s-%s)", lo, hi, charRepr(lo), charRepr(hi)))
		case opCharset:
			line(at, -1, name, hexCode(code[i:i+8]))
			i += 8
		case opBigCharset:
			arg := int(code[i])
			i++
			mapping := make([]string, 0, 256)
			for _, w := range code[i : i+64] {
				for k := 0; k < 4; k++ {
					mapping = append(mapping, strconv.Itoa(int(w>>(8*k)&0xff)))
				}
			}
			line(at, -1, name, strconv.Itoa(arg), "["+strings.Join(mapping, ", ")+"]")
			i += 64
			d.level++
			for range arg {
				line2(hexCode(code[i : i+8]))
				i += 8
			}
			d.level--
		case opMark, opGroupref, opGrouprefIgnore, opGrouprefUniIgnore, opGrouprefLocIgnore:
			arg := code[i]
			i++
			line(at, -1, name, num(arg))
		case opJump:
			skip := int(code[i])
			line(at, i+skip, name, num(code[i]))
			i++
		case opBranch:
			skip := int(code[i])
			line(at, i+skip, name, num(code[i]))
			for skip != 0 {
				d.dis(i+1, i+skip)
				i += skip
				at = i
				skip = int(code[i])
				if skip != 0 {
					line(at, i+skip, "branch", num(code[i]))
				} else {
					line(at, -1, "FAILURE")
				}
			}
			i++
		case opRepeat, opRepeatOne, opMinRepeatOne, opPossessiveRepeat, opPossessiveRepeatOne:
			skip := int(code[i])
			line(at, i+skip, name, num(code[i]), num(code[i+1]), maxArg(code[i+2]))
			d.dis(i+3, i+skip)
			i += skip
		case opGrouprefExists:
			arg, skip := code[i], int(code[i+1])
			line(at, i+skip, name, num(arg), num(code[i+1]))
			i += 2
		case opAssert, opAssertNot:
			skip, arg := int(code[i]), code[i+1]
			line(at, i+skip, name, num(code[i]), num(arg))
			d.dis(i+2, i+skip)
			i += skip
		case opAtomicGroup:
			skip := int(code[i])
			line(at, i+skip, name, num(code[i]))
			d.dis(i+1, i+skip)
			i += skip
		case opInfo:
			skip, flags, mn, mx := int(code[i]), code[i+1], code[i+2], code[i+3]
			line(at, i+skip, name, num(code[i]), "0b"+strconv.FormatUint(uint64(flags), 2), num(mn), maxArg(mx))
			st := i + 4
			if flags&infoPrefix != 0 {
				plen, pskip := int(code[i+4]), code[i+5]
				line2("  prefix_skip", num(pskip))
				st = i + 6
				prefix := code[st : st+plen]
				hexes := make([]string, plen)
				var text []byte
				for k, c := range prefix {
					hexes[k] = fmt.Sprintf("0x%x", c)
					text = pystr.AppendRune(text, rune(c))
				}
				line2("  prefix", "["+strings.Join(hexes, ", ")+"]", "("+pystr.Repr(string(text))+")")
				st += plen
				ov := make([]string, plen)
				for k, c := range code[st : st+plen] {
					ov[k] = num(c)
				}
				line2("  overlap", "["+strings.Join(ov, ", ")+"]")
			}
			if flags&infoCharset != 0 {
				d.level++
				line2("in")
				d.dis(st, i+skip)
				d.level--
			}
			i += skip
		default:
			line(at, -1, name)
		}
	}
	d.level--
}
