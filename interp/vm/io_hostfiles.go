package vm

import (
	"io"
	"os"
	"path"
)

// Whole-file helpers over the interpreter's host, for the machinery that
// reads files on the program's behalf (the import of a script's own
// modules), so that a restricted host restricts it too.

// hostIsFile reports whether name is a regular file (links followed).
func (in *Interp) hostIsFile(name string) bool {
	st, err := in.host.Stat(name, true)
	return err == nil && !st.IsDir()
}

// hostReadFile returns the contents of a file.
func (in *Interp) hostReadFile(name string) ([]byte, error) {
	f, err := in.host.Open(name, os.O_RDONLY, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// hostAbs makes name absolute against the host's working directory.
func (in *Interp) hostAbs(name string) (string, error) {
	if path.IsAbs(name) {
		return path.Clean(name), nil
	}
	cwd, err := in.host.Getwd()
	if err != nil {
		return "", err
	}
	return path.Join(cwd, name), nil
}
