package host

import (
	"syscall"
	"unsafe"
)

func fromSys(st *syscall.Stat_t) *Stat {
	return &Stat{
		Mode: st.Mode, Ino: st.Ino, Dev: st.Dev, Nlink: uint64(st.Nlink),
		Uid: st.Uid, Gid: st.Gid, Size: st.Size, Rdev: st.Rdev,
		Blksize: int64(st.Blksize), Blocks: st.Blocks,
		Atime: st.Atim.Nano(), Mtime: st.Mtim.Nano(), Ctime: st.Ctim.Nano(),
	}
}

const ioctlGetTermios = syscall.TCGETS

func isTerminal(fd int) error {
	var t syscall.Termios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), ioctlGetTermios, uintptr(unsafe.Pointer(&t)))
	if e != 0 {
		return e
	}
	return nil
}

func terminalSize(fd int) (int, int, error) {
	var ws struct{ Row, Col, X, Y uint16 }
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TIOCGWINSZ, uintptr(unsafe.Pointer(&ws)))
	if e != 0 {
		return 0, 0, e
	}
	return int(ws.Col), int(ws.Row), nil
}
